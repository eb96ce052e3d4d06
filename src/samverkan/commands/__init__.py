"""Sub-commands of the ``samverkan`` command line, one module each.

Each module defines ``register(subparsers)``; the heavy work is done by the library
functions it calls, imported inside the handler so that ``samverkan --help`` stays fast.
"""
