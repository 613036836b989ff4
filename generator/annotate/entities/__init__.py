"""Entity mentions: candidates, recognition and resolution within one article."""
