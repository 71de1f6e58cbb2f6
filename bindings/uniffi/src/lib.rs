//! Placeholder: filled in by its front end.
