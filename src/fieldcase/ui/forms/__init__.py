"""Forms: a draft document, widgets bound to its paths, problems shown beside their fields."""
