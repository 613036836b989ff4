"""Stage 4, render: Jinja2 templates turn the index into Markdown pages."""
