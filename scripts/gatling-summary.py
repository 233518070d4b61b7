#!/usr/bin/env python3
"""Prints per request group and per request p50/p95/p99, errors and throughput from a Gatling HTML report
(index.html: its statistics table). With --count NAME prints only the OK count of the request called NAME."""
import html
import re
import sys

COLS = ["total", "ok", "ko", "ko_pct", "rps", "min", "p50", "p75", "p95", "p99", "max", "mean", "std"]


def rows(path):
    text = open(path, encoding="utf-8").read()
    body = text[text.find('id="container_statistics_head"'):]
    for chunk in body.split('<tr id="')[1:]:
        row_id = chunk[:chunk.find('"')]
        name = re.search(r'class="ellipsed-name">(.*?)</span>', chunk, re.S)
        values = re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', chunk)
        if not name or not values:
            continue
        record = {"id": row_id, "name": html.unescape(name.group(1).strip())}
        for col, value in values:
            record[COLS[int(col) - 2]] = value.strip()
        yield record


def main():
    args = sys.argv[1:]
    if len(args) >= 2 and args[1] == "--all":  # every request of the run, OK and KO
        print(sum(int(r.get("total", "0").replace(",", "")) for r in rows(args[0]) if r["id"] == "ROOT"))
        return
    if len(args) >= 3 and args[1] == "--count":
        print(sum(int(r.get("ok", "0").replace(",", "")) for r in rows(args[0]) if r["name"] == args[2]))
        return
    records = list(rows(args[0]))
    line = "{:<44} {:>7} {:>6} {:>7} {:>7} {:>7} {:>7} {:>8}"
    print(line.format("request group (one user action)", "count", "KO", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms"))
    for kind, title in (("ROOT", None), ("group_", None), ("req_", "requests")):
        if title:
            print(line.format(title, "", "", "", "", "", "", ""))
        for r in records:
            if (kind == "ROOT" and r["id"] == "ROOT") or (kind != "ROOT" and r["id"].startswith(kind)):
                name = "ALL requests" if r["id"] == "ROOT" else ("  " if kind == "req_" else "") + r["name"]
                print(line.format(name[:44], r.get("total", ""), r.get("ko", ""), r.get("rps", ""), r.get("p50", ""),
                                  r.get("p95", ""), r.get("p99", ""), r.get("max", "")))


if __name__ == "__main__":
    main()
