import sys

from testgen.cli import main

sys.exit(main())
