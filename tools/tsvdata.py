"""Reads the project's data/**/*.tsv files: '#' comment lines and blank lines skipped, the first other line is the
header. Python 3 stdlib only; imported by the scripts beside it (python3 tools/SCRIPT.py puts tools/ on sys.path)."""


def rows(path):
    """Yields (line number, {column: value}) for each data row of the TSV file at path."""
    header = None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if header is None:
                header = fields
                continue
            yield n, dict(zip(header, fields))
