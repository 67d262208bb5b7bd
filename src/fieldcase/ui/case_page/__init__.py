"""The editable case: a page of tabs (sections) over one open case."""
