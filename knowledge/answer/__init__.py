"""Answering a question from the knowledge base: one module per kind of answer, the scorer
that chooses between them (``scorer``, fitted by ``fitting``), the structured result
(``common.Answer``) and its words (``format``, ``words``). Imports only ``knowledge``."""
