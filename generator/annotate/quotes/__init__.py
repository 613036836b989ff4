"""Quotations: spans, speaker phrases and attribution within one article."""
