"""The Qt desktop wizard: the only layer that imports Qt."""
