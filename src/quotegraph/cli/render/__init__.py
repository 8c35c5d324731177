"""What the CLI draws on the terminal with Rich: tables, progress bars, reports.

The library hands over plain data (rows, summaries, reports) and progress through plain callbacks;
drawing them is the CLI's alone.
"""
