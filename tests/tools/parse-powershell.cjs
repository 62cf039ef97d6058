#!/usr/bin/env node
// Parses PowerShell scripts with tree-sitter-powershell (a real grammar, WebAssembly
// build) and fails on any ERROR or MISSING node.
//
//   node parse-powershell.cjs [--marker TEXT] FILE.ps1...
//     --marker: every occurrence of TEXT (the hostile-values plan puts it at the start
//     of each value, whose last characters are "end'") must lie in a comment or in ONE
//     single-quoted string literal node that holds the whole value; and no command
//     named in the payloads (Stop-Service, Stop-Computer, Remove-Item) may appear.
//     --commands TSV: docs/powershell-commands.tsv, the cmdlets and parameters CoexPlan may
//     emit per Exchange version (issue 13). Every command must be listed there or be a
//     function the script defines; every Exchange cmdlet call has -ErrorAction Stop and
//     (in the change, rollback and verify scripts) runs inside a try; every parameter of
//     an Exchange or Windows cmdlet has an argument unless the table marks it a switch;
//     each argument is a single-quoted literal, a variable or a list of literals, never a
//     bare word or an expandable string (where a plan value would be unquoted); and the
//     cmdlet/parameter must be listed for the version of the `$ExchangeShell -eq` block it
//     is in (outside one: every version the script's ValidateSet names, or, in the
//     collector, any version).
//     A FILE.md is read for its ```powershell blocks (the test plan's commands, issue 17).
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

// The ```powershell blocks of a Markdown document (the checklist, the test plan), one
// after the other: the commands a reader copies. A fence is three or more backticks; a
// block ends at a line of the same fence.
function powershellBlocks(markdown) {
  const out = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; ++i) {
    const open = /^(`{3,})powershell\s*$/.exec(lines[i]);
    if (!open) continue;
    for (++i; i < lines.length && lines[i] !== open[1]; ++i) out.push(lines[i]);
  }
  return out.join('\n') + '\n';
}

function lineCol(source, index) {
  const before = source.slice(0, index);
  const line = before.split('\n').length;
  return `${line}:${index - before.lastIndexOf('\n')}`;
}

// docs/powershell-commands.tsv -> Map lower-case cmdlet -> { kind, params: Map lower-case
// parameter ('' = the cmdlet) -> { versions: Set, argument } }.
function loadCommands(file) {
  const table = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [kind, cmdlet, parameter, versions, argument] = line.split('\t');
    const key = cmdlet.toLowerCase();
    if (!table.has(key)) table.set(key, { kind, name: cmdlet, params: new Map() });
    table.get(key).params.set(parameter.toLowerCase(), { versions: new Set(versions.split(',')), argument });
  }
  return table;
}

function allows(row, version) {
  return row.versions.has('any') || version === null || row.versions.has(version);
}

// The Exchange shell version of the `if ($ExchangeShell -eq 'NNNN')` block around a node.
function shellVersionOf(node) {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === 'if_statement') {
      const m = /^if\s*\(\s*\$ExchangeShell\s+-eq\s+'(\d{4})'\s*\)/i.exec(n.text);
      if (m) return m[1];
    }
  }
  return null;
}

function hasAncestor(node, type) {
  for (let n = node.parent; n; n = n.parent) if (n.type === type) return true;
  return false;
}

// The parameters of a command with their argument node (null: none). The grammar splits a
// parameter whose name ends in digits (-IncludePreExchange2013) into a parameter and a
// redirection; the pieces that touch are joined again.
function parametersOf(command) {
  const elements = command.children.find((c) => c.type === 'command_elements');
  if (!elements) return { params: [], positional: [] };
  const items = elements.children;
  const params = [];
  const positional = [];
  for (let i = 0; i < items.length; ++i) {
    const it = items[i];
    if (it.type === 'command_argument_sep') continue;
    if (it.type === 'command_parameter') {
      let name = it.text;
      let j = i + 1;
      while (j < items.length && items[j].type !== 'command_argument_sep' && items[j].startIndex === items[j - 1].endIndex) {
        name += items[j].text;
        ++j;
      }
      let k = j;
      let colon = false;
      while (k < items.length && items[k].type === 'command_argument_sep') {
        if (items[k].text.includes(':')) colon = true;
        ++k;
      }
      const next = k < items.length ? items[k] : null;
      const argument = next && next.type !== 'command_parameter' ? next : null;
      params.push({ name, argument, colon, node: it });
      i = argument ? k : j - 1;
    } else {
      positional.push(it);
    }
  }
  return { params, positional };
}

// Whether an argument is a form that cannot carry an unquoted plan value.
function safeArgument(node) {
  if (node.type === 'string_literal') return node.text.startsWith("'");
  if (node.type === 'variable') return true;
  if (node.type === 'array_literal_expression' || node.type === 'unary_expression') {
    return node.namedChildren.length > 0 && node.namedChildren.every(safeArgument);
  }
  return false;
}

function checkCommands(tree, source, table, problems) {
  const defined = new Set();
  for (const m of source.matchAll(/^\s*function\s+([A-Za-z]+-[A-Za-z]+)/gim)) defined.add(m[1].toLowerCase());
  const validate = /\[ValidateSet\(([^)]*)\)\]\s*\r?\n\s*\[string\]\$ExchangeShell/i.exec(source);
  const scriptVersions = validate ? [...validate[1].matchAll(/'(\d{4})'/g)].map((m) => m[1]) : null;
  const where = (n) => `${n.startPosition.row + 1}:${n.startPosition.column + 1}`;
  const visit = (node) => {
    if (node.type === 'command') {
      const nameNode = node.childForFieldName('command_name') || node.children.find((c) => c.type === 'command_name');
      const name = nameNode ? nameNode.text : '';
      if (/^[A-Za-z]+-[A-Za-z]+$/.test(name) && !defined.has(name.toLowerCase())) {
        const entry = table.get(name.toLowerCase());
        if (!entry) {
          problems.push(`command ${name} at ${where(node)} is not in docs/powershell-commands.tsv`);
        } else if (entry.kind !== 'powershell') {
          const version = shellVersionOf(node);
          const versions = version ? [version] : scriptVersions || [null];
          const cmdletRow = entry.params.get('') || { versions: new Set([...entry.params.values()].flatMap((r) => [...r.versions])) };
          for (const v of versions) {
            if (!allows(cmdletRow, v)) problems.push(`${name} at ${where(node)} is not listed for Exchange ${v}`);
          }
          const { params } = parametersOf(node);
          let stop = false;
          for (const p of params) {
            const row = entry.params.get(p.name.toLowerCase());
            if (!row) {
              problems.push(`${name} ${p.name} at ${where(p.node)} is not in docs/powershell-commands.tsv`);
              continue;
            }
            for (const v of versions) {
              if (!allows(row, v)) problems.push(`${name} ${p.name} at ${where(p.node)} is not listed for Exchange ${v}`);
            }
            if (!p.argument) {
              if (row.argument !== 'switch') problems.push(`${name} ${p.name} at ${where(p.node)} has no argument`);
              continue;
            }
            if (p.name.toLowerCase() === '-erroraction') {
              if (p.argument.text === 'Stop') stop = true;
              continue;
            }
            if (row.argument === 'switch' && !p.colon) {
              // A switch followed by a positional argument: not something CoexPlan writes.
              problems.push(`${name} ${p.name} at ${where(p.node)} is a switch followed by ${JSON.stringify(p.argument.text)}`);
              continue;
            }
            if (!safeArgument(p.argument)) {
              problems.push(`${name} ${p.name} at ${where(p.node)}: argument ${JSON.stringify(p.argument.text.slice(0, 40))} is not a single-quoted literal or a variable`);
            }
          }
          if (entry.kind === 'exchange') {
            if (!stop) problems.push(`${name} at ${where(node)} has no -ErrorAction Stop`);
            if (scriptVersions && !hasAncestor(node, 'try_statement') && !hasAncestor(node, 'function_statement')) {
              problems.push(`${name} at ${where(node)} is outside the script's try block`);
            }
          }
        }
      }
    }
    for (let i = 0; i < node.childCount; ++i) visit(node.child(i));
  };
  visit(tree.rootNode);
}

// tree-sitter-powershell reads the digits ending a parameter name (-IncludePreExchange2013)
// as a redirection with a missing '>'; PowerShell itself reads one parameter token. Such a
// node is no syntax error (parametersOf joins the pieces again).
function inSplitParameter(node) {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === 'redirection') {
      const before = n.previousSibling;
      return !!before && before.type === 'command_parameter' && before.endIndex === n.startIndex;
    }
  }
  return false;
}

// Problems found in one script's source: syntax errors, and marker checks.
function check(parser, source, marker, table) {
  const problems = [];
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1); // UTF-8 BOM
  // A document without commands (a test plan of a plan with no scenario) has nothing to
  // parse; tree-sitter-powershell reads an empty source as one ERROR node.
  if (source.trim() === '') return problems;
  const tree = parser.parse(source);
  const walk = (node) => {
    if (node.type === 'ERROR') problems.push(`syntax error at ${node.startPosition.row + 1}:${node.startPosition.column + 1}: ${JSON.stringify(node.text.slice(0, 60))}`);
    else if (node.isMissing && !inSplitParameter(node)) problems.push(`missing ${node.type} at ${node.startPosition.row + 1}:${node.startPosition.column + 1}`);
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
  if (table) checkCommands(tree, source, table, problems);
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
  const table = loadCommands(path.join(__dirname, '..', '..', 'docs', 'powershell-commands.tsv'));
  const guard = (v, body) => `param([ValidateSet('2010', '2013')]\n[string]$ExchangeShell)\ntry {\nif ($ExchangeShell -eq '${v}') {\n${body}\n}\n} catch { }\n`;
  const tableCases = [
    { name: 'table: a listed call', src: guard('2010', "Set-OutlookAnywhere -Identity 'EX1\\Rpc (Default Web Site)' -SSLOffloading $false -ErrorAction Stop -WhatIf:$WhatIf"), bad: false },
    { name: 'table: no -ErrorAction Stop', src: guard('2010', "Set-OutlookAnywhere -Identity 'EX1' -SSLOffloading $false -WhatIf:$WhatIf"), bad: true },
    { name: 'table: parameter without argument', src: guard('2010', "Set-OutlookAnywhere -Identity 'EX1' -IISAuthenticationMethods -ErrorAction Stop"), bad: true },
    { name: 'table: bare word value', src: guard('2010', "Set-OutlookAnywhere -Identity EX1 -ErrorAction Stop"), bad: true },
    { name: 'table: expandable string value', src: guard('2010', 'Set-OutlookAnywhere -Identity "EX1$x" -ErrorAction Stop'), bad: true },
    { name: 'table: parameter of another version', src: guard('2010', "Set-OutlookAnywhere -Identity 'EX1' -InternalHostname 'a' -ErrorAction Stop"), bad: true },
    { name: 'table: cmdlet of another version', src: guard('2013', "Enable-OutlookAnywhere -Server 'EX1' -ErrorAction Stop"), bad: true },
    { name: 'table: unlisted cmdlet', src: guard('2010', "Remove-OutlookAnywhere -Identity 'EX1' -ErrorAction Stop"), bad: true },
    { name: 'table: outside the try', src: "param([ValidateSet('2010')]\n[string]$ExchangeShell)\nGet-OutlookAnywhere -Server 'EX1' -ErrorAction Stop\n", bad: true },
    { name: 'table: digits in a switch name', src: guard('2013', 'Get-MailboxDatabase -IncludePreExchange2013 -ErrorAction Stop'), bad: false },
  ];
  let failed = 0;
  for (const c of tableCases) {
    const problems = check(parser, c.src, null, table);
    const found = problems.length > 0;
    const ok = found === c.bad;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${c.name}: ${found ? problems.join('; ') : 'no problem found'}`);
    if (!ok) ++failed;
  }
  for (const c of cases) {
    const problems = check(parser, c.src, m);
    const found = problems.length > 0;
    const ok = found === c.bad;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${c.name}: ${found ? problems.join('; ') : 'no problem found'}`);
    if (!ok) ++failed;
  }
  console.log(`${cases.length + tableCases.length - failed} passed, ${failed} failed`);
  return failed === 0;
}

(async () => {
  const args = process.argv.slice(2);
  const parser = await makeParser();
  if (args.includes('--self-test')) process.exit((await selfTest(parser)) ? 0 : 1);
  let marker = null;
  let table = null;
  const files = [];
  for (let i = 0; i < args.length; ++i) {
    if (args[i] === '--marker') marker = args[++i];
    else if (args[i] === '--commands') table = loadCommands(args[++i]);
    else files.push(args[i]);
  }
  if (files.length === 0) { console.error('usage: parse-powershell.cjs [--marker TEXT] [--commands TSV] FILE.ps1...'); process.exit(2); }
  let failed = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const problems = check(parser, file.endsWith('.md') ? powershellBlocks(text) : text, marker, table);
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${file}`);
    for (const p of problems) console.log(`     ${p}`);
    if (problems.length) ++failed;
  }
  console.log(`${files.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(2); });
