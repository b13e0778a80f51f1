#!/usr/bin/env python3
"""Synthetic knowledge for the scale benchmark (Benchmarks/scale.sh, docs/PERFORMANCE.md).

    Benchmarks/gen-knowledge.py SIZE OUT [--seed N] [--knowledge Knowledge]

Writes OUT as a copy of the shipped knowledge folder plus SIZE synthetic entities
(2% roles, 10% skills, 88% resources), each a YAML file as docs/KNOWLEDGE.md specifies,
so that `careerd --knowledge OUT` and `careerd check OUT` read it like any folder.
Their text is drawn from the shipped knowledge's own words (names, summaries, duties,
descriptions), so term frequencies look like real career text: resource descriptions
are about 60 words, role summaries about 40 plus five duties.

Also writes OUT.docs.jsonl (one line per synthetic entity, in the daemon's index fields:
name, aliases, summary = the description or summary, body = a role's duties; the short
body words the daemon adds, such as a resource's provider and format, are left out) and
OUT.queries.jsonl (200 fixed search queries), the inputs of Benchmarks/ScaleProbe. Deterministic: the same SIZE,
seed and shipped knowledge give byte-identical output. OUT goes under .build/, never
into git. Standard library only.
"""
import argparse
import json
import os
import random
import re
import shutil
import sys

FORMATS = ["course", "lectures", "tutorials", "videos", "practice", "book"]
COSTS = ["free", "paid", "free-to-audit"]
LEVELS = ["beginner", "intermediate", "advanced"]
CATEGORIES = ["language", "math", "framework", "tool", "method"]
PROVIDERS = ["Coursera", "edX", "Udacity", "fast.ai", "Kaggle", "YouTube", "O'Reilly", "MIT OpenCourseWare",
             "Stanford Online", "DeepLearning.AI", "Hugging Face", "freeCodeCamp", "Pluralsight", "DataCamp"]


def shipped_text(knowledge):
    """Every prose field of the shipped entity files, as one list of words, plus the
    shipped skill ids (synthetic entities reference them) and source ids."""
    words, skills, sources, names = [], [], [], set()
    prose = re.compile(r"^\s*(?:-\s+|(?:summary|description|impact|text|name):\s*(?:>-?)?\s*)(.*)$")
    for folder in ["roles", "skills", "resources", "certifications", "trends"]:
        for name in sorted(os.listdir(os.path.join(knowledge, folder))):
            if not name.endswith(".yaml"):
                continue
            if folder == "skills":
                skills.append(name[:-5])
            with open(os.path.join(knowledge, folder, name), encoding="utf-8") as f:
                for line in f:
                    if line.startswith("name:") or line.startswith("  - "):
                        names.add(line.split(":", 1)[1].strip().lower() if line.startswith("name:") else line[4:].strip().lower())
                    if line.startswith("aliases: ["):
                        names.update(a.strip().lower() for a in line[10:].rstrip().rstrip("]").split(","))
                    m = prose.match(line)
                    text = m.group(1) if m else (line.strip() if line.startswith("  ") and ":" not in line else "")
                    for w in re.findall(r"[A-Za-z][A-Za-z0-9+#.-]*[A-Za-z0-9+#]|[A-Za-z]", text):
                        words.append(w)
    with open(os.path.join(knowledge, "sources.yaml"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^\s*-?\s*id:\s*(\S+)", line)
            if m:
                sources.append(m.group(1))
    return words, skills, sources, names


def yaml_str(text):
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


def yaml_list(items):
    return "[" + ", ".join(yaml_str(i) for i in items) + "]"


class Generator:
    def __init__(self, words, skills, sources, names, seed):
        self.rng = random.Random(seed)
        self.words = words
        self.content = sorted({w for w in words if len(w) > 3})
        self.skills = skills
        self.sources = sources
        self.used = set(names)  # shipped names and aliases are taken

    def sentence(self, n):
        """n words: a window of shipped prose, so that word pairs stay natural."""
        start = self.rng.randrange(0, len(self.words) - n)
        text = " ".join(self.words[start:start + n])
        return text[0].upper() + text[1:] + "."

    def prose(self, n):
        out, left = [], n
        while left > 0:
            k = min(left, self.rng.randint(8, 16))
            out.append(self.sentence(k))
            left -= k
        return " ".join(out)

    def title(self, k):
        return " ".join(self.rng.choice(self.content).capitalize() for _ in range(k))

    def unique(self, k, suffix=""):
        """A name of k shipped words (plus suffix) that no entity has yet, as a name or an
        alias (the loader rejects a name two entities share). Only shipped words: no
        serial numbers, which would each be a new word for the typo index."""
        while True:
            name = self.title(k) + suffix
            if name.lower() not in self.used:
                self.used.add(name.lower())
                return name

    def resource(self, i):
        name = self.unique(3)
        return f"r{i:07d}", "resources", "\n".join([
            f"id: r{i:07d}",
            f"name: {yaml_str(name)}",
            f"aliases: {yaml_list([self.unique(3)])}",
            f"provider: {yaml_str(self.rng.choice(PROVIDERS))}",
            f"format: {self.rng.choice(FORMATS)}",
            f"cost: {self.rng.choice(COSTS)}",
            f"level: {self.rng.choice(LEVELS)}",
            f"topics: {yaml_list(self.rng.sample(self.skills, 3))}",
            f"url: https://example.org/r{i}",
            f"description: {yaml_str(self.prose(60))}",
            f"sources: [{self.rng.choice(self.sources)}]",
        ]) + "\n", {"name": name, "aliases": "", "summary": "", "body": ""}

    def skill(self, i):
        name = self.unique(2)
        return f"s{i:07d}", "skills", "\n".join([
            f"id: s{i:07d}",
            f"name: {yaml_str(name)}",
            f"aliases: {yaml_list([self.unique(3)])}",
            f"category: {self.rng.choice(CATEGORIES)}",
            f"description: {yaml_str(self.prose(30))}",
            f"sources: [{self.rng.choice(self.sources)}]",
        ]) + "\n", None

    def role(self, i):
        name = self.unique(2, " Engineer")
        duties = [self.prose(14) for _ in range(5)]
        core, useful = self.rng.sample(self.skills, 5), self.rng.sample(self.skills, 4)
        return f"x{i:07d}", "roles", "\n".join([
            f"id: x{i:07d}",
            f"name: {yaml_str(name)}",
            f"aliases: {yaml_list([self.unique(3)])}",
            f"summary: {yaml_str(self.prose(40))}",
            "duties:", *[f"  - {yaml_str(d)}" for d in duties],
            "skills:",
            f"  core: {yaml_list(core)}",
            f"  useful: {yaml_list(useful)}",
            f"tools: {yaml_list([self.title(1) for _ in range(3)])}",
            "education:",
            f"  summary: {yaml_str(self.prose(20))}",
            "  degrees: [bachelor]",
            f"  fields: {yaml_list(['computer science'])}",
            f"sources: [{self.rng.choice(self.sources)}]",
        ]) + "\n", None


def fields_of(path, text):
    """The fields Benchmarks/ScaleProbe indexes, read back from a generated file."""
    get = lambda key: next((json.loads(l[len(key) + 2:]) for l in text.splitlines() if l.startswith(key + ": ")), "")
    name = get("name")
    aliases = ". ".join(json.loads(next(l for l in text.splitlines() if l.startswith("aliases: "))[9:]))
    summary = get("description") or get("summary")
    body = " ".join(json.loads(l.strip()[2:]) for l in text.splitlines() if l.startswith("  - "))
    return {"name": name, "aliases": aliases, "summary": summary, "body": body}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("size", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--knowledge", default="Knowledge")
    args = ap.parse_args()
    words, skills, sources, names = shipped_text(args.knowledge)
    gen = Generator(words, skills, sources, names, args.seed)

    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    shutil.copytree(args.knowledge, args.out)
    roles, skill_count = args.size // 50, args.size // 10
    plan = [(gen.role, roles), (gen.skill, skill_count), (gen.resource, args.size - roles - skill_count)]
    with open(args.out + ".docs.jsonl", "w", encoding="utf-8") as docs:
        for make, count in plan:
            for i in range(count):
                ident, folder, text, _ = make(i)
                with open(os.path.join(args.out, folder, ident + ".yaml"), "w", encoding="utf-8") as f:
                    f.write(text)
                docs.write(json.dumps(fields_of(ident, text), ensure_ascii=False) + "\n")
    # Queries: 200 of two to four content words, from the same seed, and the names of a
    # few shipped roles and skills, as a person would type them.
    qrng = random.Random(args.seed + 1)
    with open(args.out + ".queries.jsonl", "w", encoding="utf-8") as q:
        for _ in range(200):
            q.write(json.dumps(" ".join(qrng.choice(gen.content).lower() for _ in range(qrng.randint(2, 4)))) + "\n")
    print(f"{args.out}: {args.size} entities ({roles} roles, {skill_count} skills, "
          f"{args.size - roles - skill_count} resources)", file=sys.stderr)


if __name__ == "__main__":
    main()
