"""Stage 5, publish: write docs/, split sitemaps, index the built site for search."""
