"""`python -m kg.cli`."""
from . import main

main()
