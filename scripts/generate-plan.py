#!/usr/bin/env python3
"""Prints a plan document of N tasks in the layout of a portal page copied as text (one cell per line), for load
and cluster tests: scripts/generate-plan.py N [YEAR].  The tasks and units are varied and numbered 1..N."""
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
year = sys.argv[2] if len(sys.argv) > 2 else "2031"
units = ["市财政局", "市发改委", "市经信局", "市教育局", "市交通局", "市住建局", "市卫健局", "市民政局", "市水利局", "市农业农村局"]
things = [("新建污水管网", "公里"), ("新增公办幼儿学位", "个"), ("改造老旧小区", "个"), ("新建农村公路", "公里"),
          ("新增城镇就业", "人"), ("完成造林", "亩"), ("建设保障性租赁住房", "套"), ("新建学校", "所")]
print(f"{year}年市政府工作报告重点工作前三季度完成情况")
print()
for h in ("序号", "工作内容", "牵头单位", "三季度进展情况"):
    print(h)
    print()
for i in range(1, n + 1):
    what, unit = things[i % len(things)]
    target = 10 + (i * 7) % 90
    done = target * (40 + (i * 13) % 70) // 100
    print(i)
    print()
    print(f"{what}{target}{unit}(第{i}项)。")
    print()
    print(units[i % len(units)])
    print()
    print(f"前三季度,已{what}{done}{unit},完成年度目标的{done * 100 // target}%。")
    print()
