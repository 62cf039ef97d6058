# Generates the change, rollback, verify and collector scripts for every bundled sample,
# every plan of tests/data/exports (the hostile-values plan among them) and the plans
# of every version in tests/data/checks, with the real CLI, then parses each with
# tree-sitter-powershell (tests/tools). Fails on any syntax error, any hostile value
# that is not one whole string literal, and (issue 13) any Exchange cmdlet call without
# -ErrorAction Stop, parameter without an argument, bare-word argument, or
# cmdlet/parameter/version not in docs/powershell-commands.tsv. Issue 17: the connectivity
# test plan's commands too (its Markdown's powershell blocks).
file(REMOVE_RECURSE "${OUT_DIR}")
file(MAKE_DIRECTORY "${OUT_DIR}")
file(GLOB plans "${SOURCE_DIR}/resources/samples/*.coexplan")
file(GLOB export_plans "${SOURCE_DIR}/tests/data/exports/*/plan.coexplan")
file(GLOB check_plans "${SOURCE_DIR}/tests/data/checks/*/plan.coexplan")
list(APPEND plans ${export_plans} ${check_plans})
set(scripts "")
foreach(plan IN LISTS plans)
    get_filename_component(dir "${plan}" DIRECTORY)
    get_filename_component(name "${plan}" NAME_WE)
    if(name STREQUAL "plan")
        get_filename_component(name "${dir}" NAME)
    endif()
    set(base "${OUT_DIR}/${name}")
    execute_process(
        COMMAND "${COEXPLAN}" export "${plan}" --script "${base}-change.ps1" --rollback "${base}-rollback.ps1"
                --verify "${base}-verify.ps1" --collector "${base}-collector.ps1" --write-values-flagged-as-errors
                --testplan "${base}-testplan.md"
        RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "coexplan export ${plan} failed (${rc})")
    endif()
    list(APPEND scripts "${base}-change.ps1" "${base}-rollback.ps1" "${base}-verify.ps1" "${base}-collector.ps1"
         "${base}-testplan.md")
endforeach()
# The command model refuses a cmdlet/parameter the table does not list for the shell
# (wizard/powershell/pscommand.h): a refusal in a script is a defect even if it parses.
foreach(script IN LISTS scripts)
    file(READ "${script}" text)
    string(FIND "${text}" "CoexPlan did not write this command" refused)
    if(NOT refused EQUAL -1)
        message(FATAL_ERROR "${script}: the command model refused a command (see the <CoexPlan did not write ...> line)")
    endif()
endforeach()
execute_process(
    COMMAND "${NODE}" "${SOURCE_DIR}/tests/tools/parse-powershell.cjs" --marker HOSTILE
            --commands "${SOURCE_DIR}/docs/powershell-commands.tsv" ${scripts}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "a generated PowerShell script does not parse, or lets a plan value escape its quotes")
endif()
