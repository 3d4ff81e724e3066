"""Reading a plan document: one module per part of a plan (structure, header, goals and
indicators, targets, tasks, deadlines/contacts/campaign, agencies). Imports only ``knowledge``."""
