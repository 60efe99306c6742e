"""The wizard's pages, one module each (``PageId`` order lives in ``wizard.ui.wizard``)."""
