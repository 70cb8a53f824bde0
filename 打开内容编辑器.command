#!/bin/sh
# macOS: double-click in Finder to start the web editor (Terminal opens and stays open while it runs).
# Installs the project's programs on first use (scripts/start-editor.cjs), then opens the browser.
cd "$(dirname "$0")" || exit 1
if ! command -v node >/dev/null 2>&1; then
  echo "没有找到 Node.js。请先从 nodejs.org 下载安装 Node.js（LTS 版本），再双击本文件。见 docs/编辑指南.md「第一次使用前的准备」。"
  echo "按回车键关闭这个窗口。"
  read -r _
  exit 1
fi
node scripts/start-editor.cjs
status=$?
if [ "$status" -ne 0 ]; then
  echo "按回车键关闭这个窗口。"
  read -r _
fi
exit "$status"
