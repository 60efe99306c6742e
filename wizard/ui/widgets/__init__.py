"""Small reusable widgets of the wizard (colour buttons, image drop areas, help lines…)."""
