@echo off
rem Windows: double-click in Explorer to start the web editor (a black window opens and stays open while it runs).
rem Installs the project's programs on first use (scripts\start-editor.cjs), then opens the browser.
rem The messages are UTF-8: switch the console to UTF-8 first.
chcp 65001 >nul
cd /d "%~dp0"
where node >nul 2>nul
if errorlevel 1 (
  echo 没有找到 Node.js。请先从 nodejs.org 下载安装 Node.js（LTS 版本），再双击本文件。见 docs\编辑指南.md「第一次使用前的准备」。
  pause
  exit /b 1
)
node scripts\start-editor.cjs
if errorlevel 1 pause
