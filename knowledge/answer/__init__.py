"""Answering a question from the knowledge base. Imports only ``knowledge``."""
