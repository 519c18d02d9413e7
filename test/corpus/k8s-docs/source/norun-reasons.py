# Gives every bare `norun` block of the corpus lessons its reason (`norun=REASON`), as
# norun-reasons.tsv says for the block's first line; run after import-corpus.sh and the
# corrections-*.py scripts (python3 THIS [LESSON.md]). A bare norun the table does not name fails.
import os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
table = {}
for line in open(os.path.join(here, 'norun-reasons.tsv')):
    if line.startswith('#') or not line.strip():
        continue
    lesson, reason, first = line.rstrip('\n').split('\t', 2)
    table[(lesson, first)] = reason
only = sys.argv[1] if len(sys.argv) > 1 else None
missing = []
for lesson in sorted({l for l, _ in table} | {f for f in os.listdir(os.path.join(here, '..')) if f.endswith('.md')}):
    if only and lesson != only:
        continue
    p = os.path.join(here, '..', lesson)
    if not os.path.exists(p):
        continue
    lines = open(p).read().split('\n')
    i = 0
    while i < len(lines):
        m = re.match(r'^\s*```\S*(.*)$', lines[i])
        if not m:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and not re.match(r'^\s*```', lines[j]):
            j += 1
        if re.search(r'\bnorun\b(?!=)', m.group(1)):
            first = next((l.strip() for l in lines[i + 1:j] if l.strip()), '')
            reason = table.get((lesson, first))
            if reason is None:
                missing.append(f'{lesson}:{i + 1}: {first}')
            else:
                lines[i] = re.sub(r'\bnorun\b(?!=)', 'norun=' + reason, lines[i], count=1)
        i = j + 1
    open(p, 'w').write('\n'.join(lines))
if missing:
    sys.exit('norun blocks without a reason in norun-reasons.tsv:\n' + '\n'.join(missing))
