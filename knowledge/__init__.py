"""The knowledge base: parsing the plan documents, storing and indexing what they say,
and answering questions from it. Pure code: nothing here imports Telegram.
"""
