"""Asks a running application every labelled question and prints the same figures as AssistantEvaluationTests."""
import json
import statistics
import sys
import urllib.request

base, folder = sys.argv[1].rstrip("/"), sys.argv[2]


def read(part):
    rows = []
    with open(f"{folder}/{part}.tsv", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            expected, style, question = line.split("\t")
            rows.append((set(expected.split("|")), style, question.strip()))
    return rows


def ask(question, n):
    request = urllib.request.Request(base + "/api/chat", data=json.dumps({"message": question}).encode(),
                                     headers={"Content-Type": "application/json", "Accept": "application/json",
                                              "X-Forwarded-For": f"127.0.{n // 250}.{n % 250 + 1}"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def share(items, test):
    return 1.0 if not items else sum(1 for i in items if test(i)) / len(items)


counter = 0
for part in ("heldout3", "heldout2", "heldout", "tuning"):
    results = []
    for expected, style, question in read(part):
        counter += 1
        reply = ask(question, counter)
        urls = [s["url"] for s in reply.get("sources", [])]
        results.append((expected, style, question, urls, reply["outcome"], len(reply["answer"])))
    pages = [r for r in results if not r[0] & {"refuse", "not-found"}]
    top1 = share(pages, lambda r: r[3] and r[3][0] in r[0])
    top3 = share(pages, lambda r: any(u in r[0] for u in r[3][:3]))
    refused = [r for r in results if r[4] == "refused"]
    not_found = [r for r in results if r[4] == "not-found"]
    print(f"\n== assistant evaluation: {part} ({len(results)} questions) against {base} ==")
    print(f"top-1 accuracy            {100 * top1:5.1f} %")
    print(f"right page in first three {100 * top3:5.1f} %")
    print(f"refusal precision/recall  {100 * share(refused, lambda r: 'refuse' in r[0]):5.1f} % / "
          f"{100 * share([r for r in results if 'refuse' in r[0]], lambda r: r[4] == 'refused'):5.1f} %")
    print(f"not-found precision/recall {100 * share(not_found, lambda r: 'not-found' in r[0]):5.1f} % / "
          f"{100 * share([r for r in results if 'not-found' in r[0]], lambda r: r[4] == 'not-found'):5.1f} %")
    answered = [r[5] for r in results if r[4] == "answered"]
    print(f"median answer length      {statistics.median(answered) if answered else 0:5.0f} characters")
    print("wrong:")
    for expected, style, question, urls, outcome, _ in results:
        if "refuse" in expected:
            right = outcome == "refused"
        elif "not-found" in expected:
            right = outcome == "not-found"
        else:
            right = bool(urls) and urls[0] in expected and outcome == "answered"
        if not right:
            print(f"  [{style}] {question}\n      expected {' | '.join(sorted(expected))}, got {outcome} {urls[:3]}")
