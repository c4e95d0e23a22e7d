"""A character CRF that proposes entity spans (python-crfsuite), at run time.

`features` says what each character shows the model; `weights` turns the trained model
into numpy tables and scores texts with them; `viterbi` decodes the scores (crfsuite's
Viterbi, cut at clause punctuation, texts in lockstep) and measures each name's margin;
`model.Tagger` ties them together.

The model ships as kg/data/ner.crfsuite; `tools/train_tagger.py` trains it from
the public corpora in ../shared/data (CLUENER train, 85 % split).  Labels are
BIO over the project's types; the tagger never sees the corpora at run time.
"""
from __future__ import annotations

from .features import BIGRAMS, OTHERS, UNIGRAMS, Hit, features
from .model import MODEL_NAME, TAGGED_TYPES, Tagger, model_path

__all__ = ["BIGRAMS", "MODEL_NAME", "OTHERS", "TAGGED_TYPES", "UNIGRAMS", "Hit", "Tagger", "features", "model_path"]
