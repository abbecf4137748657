"""The Qt desktop: windows, dialogs, table models and widgets over casebook.core."""
