"""CRF feature variants: the shipped features plus extras, trained as tools/train_tagger.py
trains (same data, same 85 % split), scored CRF-only on the held-out 15 % (no rules).

    python bench/tagger_variants.py [--extras tri,nb,dict,dict2,cp] [--drop wd] [--wdmin 5]
                                    [--c1 0.05] [--c2 0.01] [--it 200] [--out F]

extras: tri (character trigram), nb (previous and next word), dict/dict2 (longest jieba
dictionary word starting / ending here, with its POS), cp (character priors: how often the
character begins, continues or ends jieba's nr/ns/nt words).  --drop removes a shipped
feature, --wdmin keeps the word-identity feature only for words in that many sentences.
Prints one JSON line: {type: [strict F1, overlap F1]} per corpus.  About 2 minutes a run.
Results of 2026-12-01 are summarised in docs/journal.md (all within ±.02 of the shipped features).
"""
import sys, time, argparse, collections, json
from pathlib import Path as _P
ROOT = _P(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
ap = argparse.ArgumentParser()
ap.add_argument('--extras', default='')
ap.add_argument('--c1', type=float, default=0.05)
ap.add_argument('--c2', type=float, default=0.01)
ap.add_argument('--it', type=int, default=200)
ap.add_argument('--out', default='/tmp/tagger_variant.crfsuite')
ap.add_argument('--drop', default='')
ap.add_argument('--wdmin', type=int, default=0)
a = ap.parse_args()
extras = set(a.extras.split(',')) - {''}
import pycrfsuite
from kg import tagger
from tools import corpora
from kg.pipeline import Pipeline
from pathlib import Path
D = ROOT.parent / 'shared' / 'data'
p = Pipeline(); rec = p.recognizer
JD = {}
CP = {}
if 'cp' in extras:
    import jieba, os, collections, math
    cnt = collections.defaultdict(collections.Counter)
    with open(os.path.join(os.path.dirname(jieba.__file__), 'dict.txt'), encoding='utf-8') as f:
        for line in f:
            w, fr, pos = line.split()
            cls = pos if pos in ('nr', 'ns', 'nt', 'nrt', 'nz') else 'x'
            cls = 'nr' if cls == 'nrt' else cls
            for i, ch in enumerate(w):
                q = 'B' if i == 0 else 'E' if i == len(w) - 1 else 'M'
                cnt[ch][(cls, q)] += 1
                cnt[ch]['all'] += 1
    for ch, c in cnt.items():
        fs = []
        tot = c['all']
        for cls in ('nr', 'ns', 'nt'):
            for q in ('B', 'M', 'E'):
                r = c[(cls, q)] / tot
                if r >= 0.02:
                    b = 1 if r < 0.1 else 2 if r < 0.3 else 3
                    fs.append(f"cp={cls}{q}{b}")
        if tot < 5: fs.append('cp=rare')
        CP[ch] = fs
if extras & {'dict', 'dict2'}:
    import jieba, os
    with open(os.path.join(os.path.dirname(jieba.__file__), 'dict.txt'), encoding='utf-8') as f:
        for line in f:
            w, fr, pos = line.split()
            if 2 <= len(w) <= 6:
                JD[w] = (int(fr), pos)

def extra_feats(text, toks):
    n = len(text)
    cols = []
    if 'tri' in extras:
        pad = '^' + text + '$'
        cols.append([f"t={pad[i:i+3]}" for i in range(n)])
    if 'nb' in extras:
        wp = [''] * n; wn = [''] * n
        for k, t in enumerate(toks):
            prev = toks[k-1].text if k else '^'
            nxt = toks[k+1].text if k + 1 < len(toks) else '$'
            for i in range(t.start, t.end):
                wp[i] = prev if len(prev) < 6 else ''
                wn[i] = nxt if len(nxt) < 6 else ''
        if sum(t.end - t.start for t in toks) == n:
            cols.append([f"wp={x}" for x in wp]); cols.append([f"wn={x}" for x in wn])
    if 'dict' in extras or 'dict2' in extras:
        ds = ['-'] * n; de = ['-'] * n
        for i in range(n):
            for L in range(6, 1, -1):
                w = text[i:i+L]
                if len(w) == L and w in JD:
                    ds[i] = f"{L}{JD[w][1]}"
                    if de[i+L-1] == '-' or int(de[i+L-1][0]) < L:
                        de[i+L-1] = f"{L}{JD[w][1]}"
                    break
        # also ending: longest ending at j
        for j in range(n):
            for L in range(6, 1, -1):
                if j - L + 1 < 0: continue
                w = text[j-L+1:j+1]
                if w in JD:
                    de[j] = f"{L}{JD[w][1]}"
                    break
        cols.append([f"ds={x}" for x in ds]); cols.append([f"de={x}" for x in de])
        if 'dict2' in extras:
            cols.append([f"dse={a}|{b}" for a, b in zip(['-'] + de[:-1], ds)])
    return cols

DROP = tuple(x + '=' for x in a.drop.split(',') if x)
WDOK = None
def feats(text):
    toks = p.segmenter.tokens(text)
    base = tagger.features(text, toks, rec.hits(text), rec.suffix_types, p.lexicon.surnames)
    if DROP or WDOK is not None:
        base = [tuple(f for f in b if not f.startswith(DROP) and (WDOK is None or not f.startswith('wd=') or f in WDOK)) for b in base]
    ex = extra_feats(text, toks)
    out = [list(b) + [c[i] for c in ex] for i, b in enumerate(base)]
    if CP:
        for i, ch in enumerate(text):
            out[i].extend(CP.get(ch, ['cp=none']))
    return out

t0 = time.time()
clu = corpora.read_cluener(D / 'cluener/train.json')
pdd = corpora.read_pd98(D / 'pd98/example.dev')
train = [ex for ex in clu if not corpora.held_out(ex[0])]
org_type = corpora.OrgTyper(rec.suffix_types, p.lexicon.dept_by_surface)
for text, ents in pdd:
    if not corpora.held_out(text):
        train.append((text, [(s, e, org_type(text[s:e]) if t == 'ORG' else t) for s, e, t in ents]))
if a.wdmin:
    cnt = collections.Counter()
    for text, ents in train:
        toks = p.segmenter.tokens(text)
        cnt.update({t.text for t in toks})
    WDOK = {'wd=' + w for w, n in cnt.items() if n >= a.wdmin} | {'wd='}
tr = pycrfsuite.Trainer(verbose=False)
for text, ents in train:
    tr.append(feats(text), corpora.bio(len(text), ents))
t1 = time.time()
tr.set_params({'c1': a.c1, 'c2': a.c2, 'max_iterations': a.it, 'feature.minfreq': 1, 'feature.possible_transitions': True})
tr.train(a.out)
t2 = time.time()
tg = pycrfsuite.Tagger(); tg.open(a.out)
ORG = {'Enterprise', 'GovernmentBody', 'Organization'}
def evals(data, org_any):
    c = collections.defaultdict(collections.Counter)
    for text, gold in data:
        pred = corpora.spans(tg.tag(feats(text)))
        if org_any:
            pred = [(s, e, 'ORG' if t in ORG else t) for s, e, t in pred]
        gs = set(gold); ps = set(pred)
        for s, e, t in ps:
            c[t]['p'] += 1; c[t]['sp'] += (s, e, t) in gs
            c[t]['op'] += any(t == gt and s < ge and g0 < e for g0, ge, gt in gold)
        for s, e, t in gs:
            c[t]['g'] += 1; c[t]['sr'] += (s, e, t) in ps
            c[t]['or'] += any(t == pt and s < pe and p0 < e for p0, pe, pt in ps)
    out = {}
    for t, k in sorted(c.items()):
        if not k['g']: continue
        f = lambda P, R: 2 * P * R / (P + R) if P + R else 0
        sP, sR = k['sp'] / max(1, k['p']), k['sr'] / k['g']
        oP, oR = k['op'] / max(1, k['p']), k['or'] / k['g']
        out[t] = (round(f(sP, sR), 3), round(f(oP, oR), 3))
    return out
cl = evals([ex for ex in clu if corpora.held_out(ex[0])], False)
pdr = evals([ex for ex in pdd if corpora.held_out(ex[0])], True)
print(json.dumps({'extras': sorted(extras), 'c1': a.c1, 'c2': a.c2, 'it': a.it, 'feat_s': round(t1-t0), 'train_s': round(t2-t1), 'size': Path(a.out).stat().st_size, 'clu(strict,overlap)': cl, 'pd(strict,overlap)': pdr}, ensure_ascii=False))
