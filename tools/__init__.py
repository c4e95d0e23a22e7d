"""Build-time and training tools: data builders, corpus readers, the tagger trainer (never imported by kg)."""
