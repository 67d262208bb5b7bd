"""A supervisor's screens: the review queue, approve or return, assign and reassign."""
