"""Knowledge tables: plain data the engines read, kept apart from the code that uses it.

Each module's docstring says where its content comes from.
"""
