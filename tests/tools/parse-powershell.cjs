#!/usr/bin/env node
// Parses PowerShell scripts with tree-sitter-powershell (a real grammar, WebAssembly
// build) and fails on any ERROR or MISSING node.
//
//   node parse-powershell.cjs [--marker TEXT] FILE.ps1...
//     --marker: every occurrence of TEXT (the hostile-values plan puts it at the start
//     of each value, whose last characters are "end'") must lie in a comment or in ONE
//     single-quoted string literal node that holds the whole value; and no command
//     named in the payloads (Stop-Service, Stop-Computer, Remove-Item) may appear.
//   node parse-powershell.cjs --self-test
//     proves the checks can fail: a broken script and smuggled values are caught.
'use strict';
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');
const { checkLiterals } = require('./ps-literals.cjs');

function ensureInstalled() {
  if (fs.existsSync(path.join(__dirname, 'node_modules', 'web-tree-sitter'))) return;
  process.stderr.write('tests/tools: node_modules missing, running npm ci\n');
  execSync('npm ci --no-audit --no-fund', { cwd: __dirname, stdio: ['ignore', 'inherit', 'inherit'] });
}

async function makeParser() {
  ensureInstalled();
  const { Parser, Language } = require('web-tree-sitter');
  await Parser.init();
  const grammar = require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm', { paths: [__dirname] });
  const language = await Language.load(grammar);
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

const payloadCommands = ['stop-service', 'stop-computer', 'remove-item'];

function lineCol(source, index) {
  const before = source.slice(0, index);
  const line = before.split('\n').length;
  return `${line}:${index - before.lastIndexOf('\n')}`;
}

// Problems found in one script's source: syntax errors, and marker checks.
function check(parser, source, marker) {
  const problems = [];
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1); // UTF-8 BOM
  const tree = parser.parse(source);
  const walk = (node) => {
    if (node.type === 'ERROR') problems.push(`syntax error at ${node.startPosition.row + 1}:${node.startPosition.column + 1}: ${JSON.stringify(node.text.slice(0, 60))}`);
    else if (node.isMissing) problems.push(`missing ${node.type} at ${node.startPosition.row + 1}:${node.startPosition.column + 1}`);
    if (marker && node.type === 'command') {
      const name = node.childForFieldName('command_name');
      if (name && payloadCommands.includes(name.text.toLowerCase())) problems.push(`smuggled command ${name.text} at ${node.startPosition.row + 1}`);
    }
    for (let i = 0; i < node.childCount; ++i) walk(node.child(i));
  };
  walk(tree.rootNode);
  // The grammar takes U+2018-U+201B for ordinary characters: the quote-aware scan of
  // ps-literals.cjs checks every literal the way PowerShell reads it.
  for (const p of checkLiterals(source, marker)) problems.push(`quote-aware scan: ${p}`);
  if (marker) {
    // web-tree-sitter indexes are UTF-16 code units, like JavaScript strings.
    for (let at = source.indexOf(marker); at >= 0; at = source.indexOf(marker, at + 1)) {
      let node = tree.rootNode.descendantForIndex(at);
      let ok = false;
      for (; node; node = node.parent) {
        if (node.type === 'comment') { ok = true; break; }
        if (node.type === 'string_literal') {
          const t = node.text;
          // A constant suffix such as \Rpc (Default Web Site) may follow the value
          // inside the same literal.
          ok = t.startsWith("'" + marker) && t.includes("end''") && t.endsWith("'");
          if (!ok) problems.push(`value at ${lineCol(source, at)} is not one whole literal: ${JSON.stringify(t.slice(0, 50))}`);
          break;
        }
      }
      if (!ok && !(node && node.type === 'string_literal')) problems.push(`value at ${lineCol(source, at)} is outside any string literal`);
    }
  }
  return problems;
}

async function selfTest(parser) {
  const m = 'HOSTILE';
  const cases = [
    { name: 'valid script', src: "Set-OutlookAnywhere -Identity 'EX1\\Rpc (Default Web Site)' -SSLOffloading $false -WhatIf:$WhatIf\n", bad: false },
    { name: 'quoted hostile value', src: "Set-X -Name 'HOSTILE-a ''; Stop-Service x; $(Remove-Item C:\\) end'''\n# HOSTILE-b in a comment\n", bad: false },
    { name: 'unclosed block', src: "if ($a -eq 'b' {\n    Write-Host 'x'\n", bad: true },
    { name: 'unterminated string', src: "Write-Host 'never closed\n", bad: true },
    { name: 'unquoted value', src: "Set-X -Name HOSTILE-a; Stop-Service MSExchangeIS\n", bad: true },
    { name: 'value that closed its quote early', src: "Set-X -Name 'HOSTILE-a'; Stop-Computer; 'end'''\n", bad: true },
    { name: 'comment broken by a newline', src: "# HOSTILE-a\nStop-Service MSExchangeIS end'''\n", bad: true },
    // PowerShell ends the literal at U+2019; tree-sitter-powershell reads one string.
    { name: 'typographic quote ends the literal', src: "Set-X -Name 'HOSTILE-a\u2019; Stop-Computer; \u2018b end'''\n", bad: true },
    { name: 'typographic quotes doubled', src: "Set-X -Name 'HOSTILE-a\u2019\u2019; Stop-Computer; \u2018\u2018b end'''\n", bad: false },
    { name: 'value in a here-string', src: "$s = @'\nHOSTILE-a end'\n'@\n", bad: true },
    { name: 'value in a double-quoted string', src: 'Set-X -Name "HOSTILE-a end\'\'"\n', bad: true },
  ];
  // The quote-aware scan alone must catch the payload of issue 18 (8c), which the
  // grammar cannot see.
  const payload = "Set-X -Name 'a\u2019; Stop-Computer; \u2018b'\n";
  const grammarSees = parser.parse(payload).rootNode.hasError;
  const scanned = checkLiterals(payload, null);
  console.log(`${scanned.length ? 'ok  ' : 'FAIL'} quote-aware scan alone on the 8c payload (the grammar alone ${grammarSees ? 'sees an error' : 'sees nothing'}): ${scanned.join('; ') || 'no problem found'}`);
  if (!scanned.length) return false;
  let failed = 0;
  for (const c of cases) {
    const problems = check(parser, c.src, m);
    const found = problems.length > 0;
    const ok = found === c.bad;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${c.name}: ${found ? problems.join('; ') : 'no problem found'}`);
    if (!ok) ++failed;
  }
  console.log(`${cases.length - failed} passed, ${failed} failed`);
  return failed === 0;
}

(async () => {
  const args = process.argv.slice(2);
  const parser = await makeParser();
  if (args.includes('--self-test')) process.exit((await selfTest(parser)) ? 0 : 1);
  let marker = null;
  const files = [];
  for (let i = 0; i < args.length; ++i) {
    if (args[i] === '--marker') marker = args[++i];
    else files.push(args[i]);
  }
  if (files.length === 0) { console.error('usage: parse-powershell.cjs [--marker TEXT] FILE.ps1...'); process.exit(2); }
  let failed = 0;
  for (const file of files) {
    const problems = check(parser, fs.readFileSync(file, 'utf8'), marker);
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${file}`);
    for (const p of problems) console.log(`     ${p}`);
    if (problems.length) ++failed;
  }
  console.log(`${files.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(2); });
