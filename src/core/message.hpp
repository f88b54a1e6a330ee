// What PerfEval tells a user, as data: a message id and its arguments. The
// words, in Chinese and English, are in one table (report/messages.cpp) and
// are put together in one place (report/render.hpp) for the panel, the
// report files and the command line. Code that finds something says which
// message and with what values; it never writes a sentence itself.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace perfeval {

// Grouped as the table is; the table must list them in this order.
enum class MessageId {
    // ---- fixed words ---------------------------------------------------------
    severity_error,
    severity_warning,
    severity_notice,
    kind_department,
    kind_project,
    // template families (form/families/*.cpp)
    family_hunan_department,
    family_standard_project,
    family_sichuan_project,
    family_sichuan_department,
    family_four_part,
    family_hubei_project,
    // indicator fields, inside a sentence
    field_target,
    field_actual,
    field_weight,
    field_score,
    // budget columns, at the start of a sentence
    column_opening_budget,
    column_budget,
    column_executed,
    // parts of a form the recognizer may not find
    part_budget_block,
    part_indicator_table,
    part_total_row,
    part_column_target,
    part_column_actual,
    part_column_weight,
    part_column_score,
    part_budget_weight,
    exec_score_capped,

    // ---- rule titles ---------------------------------------------------------
    rule_budget_zero,
    rule_exec_rate,
    rule_exec_score,
    rule_exec_over,
    rule_exec_low,
    rule_funding_income,
    rule_funding_expense,
    rule_funding_rows,
    rule_weight_sum,
    rule_total_weight,
    rule_missing_value,
    rule_score_range,
    rule_indicator_score,
    rule_deviation_reason,
    rule_total_score,
    rule_target_format,
    rule_cross_check,
    rule_no_form,
    rule_form_partial,
    rule_sheet_too_large,

    // ---- findings --------------------------------------------------------------
    budget_zero,
    exec_rate_empty,
    exec_rate_not_number,
    exec_rate_wrong,
    exec_score_wrong,
    exec_score_missing,
    exec_over,
    exec_low,
    funding_unreadable,
    funding_split_sum,
    funding_rows_sum,
    weight_sum,
    weight_culprit,
    weight_total_culprit,
    weight_budget_culprit,
    weight_sum_unsure,
    total_weight_parts,
    total_weight_missing,
    total_weight_sum,
    total_weight_not_100,
    total_weight_block,
    value_missing,
    total_score_missing,
    header_score_missing,
    score_out_of_range,
    qualitative_partly,
    qualitative_not_met,
    indicator_unit_mismatch,
    indicator_score_wrong,
    indicator_score_not_number,
    deviation_reason_missed,
    deviation_reason_exceeded,
    deviation_reason_missing,
    total_score_sum,
    total_score_sum_corrected,
    total_score_indicators,
    total_score_indicators_corrected,
    total_score_sum_holds,
    total_score_indicators_holds,
    text_unknown_unit,
    text_several_numbers,
    text_too_complex,
    text_actual_words,
    text_no_number,
    cross_cost_expense,
    cross_cost_executed,
    cross_narrative_unit,
    no_form,
    sheet_too_large,
    form_partial,
    form_ambiguous,

    // ---- why a value cannot be computed (Problem) ------------------------------
    problem_empty,
    problem_not_a_number,
    problem_error_value,
    problem_zero_budget,
    problem_negative_budget,
    problem_negative_amount,
    problem_qualitative,
    problem_unreadable_text,
    problem_unit_mismatch,
    problem_negative_weight,
    problem_total_out_of_range,
    problem_unknown_profile,
    problem_bad_direction,
    problem_shape_mismatch,
    problem_no_form,
    problem_date_value,
    problem_range_value,
    problem_too_many_cells,

    // ---- report text: summary, lines, files --------------------------------------
    summary_counts,
    summary_totals,
    summary_grade,
    grade_excellent,
    grade_good,
    grade_fair,
    grade_poor,
    summary_no_form,
    line_expected,
    line_with_expected,
    detail_expected,
    detail_actual,
    detail_also,
    sheet_heading,
    sheet_no_form,
    file_heading,
    file_not_checked,
    no_findings,
    report_title,
    report_heading,
    report_unit,
    report_file,
    report_date,
    report_profile,
    report_sheet,
    report_no_form,
    column_sheet,
    column_unit,
    column_template,
    column_cell,
    column_severity,
    column_rule,
    column_rule_id,
    column_message,
    column_expected,
    column_actual,

    // ---- commands and the panel ------------------------------------------------
    command_checked,
    command_no_form_in_document,
    command_not_a_spreadsheet,
    command_read_only,
    command_unknown,
    command_fixed_all,
    command_fixed_one,
    command_nothing_to_fix,
    command_fixed_with_totals,
    command_marked,
    command_marks_cleared,
    marks_cannot_clear,
    marks_save_refused_title,
    marks_save_refused,
    marks_saved_with_file_title,
    marks_saved_with_file,
    command_exported,
    command_formulas_inserted,
    command_made_portable,
    comment_constant_from_text,
    export_not_local,
    export_cannot_write,
    export_dialog_title,
    export_filter_html,
    export_filter_csv,
    export_filter_pdf,
    export_unknown_format,
    export_pdf_failed,
    undo_fix,
    undo_fix_all,
    undo_mark,
    undo_clear_marks,
    undo_insert_formulas,
    undo_portable,
    panel_check,
    panel_fix,
    panel_fix_all,
    panel_mark,
    panel_clear_marks,
    panel_export,
    panel_insert_formulas,
    panel_ready,
    panel_read_only,
    panel_out_of_date,
    panel_stale_summary,

    // ---- the command-line checker ----------------------------------------------
    cli_not_installed,
    cli_unknown_profile,
    cli_no_such_file,
    cli_cannot_open,
    cli_cannot_open_reason,
    cli_not_a_spreadsheet,
    cli_check_failed,
    cli_no_form_found,
    cli_no_spreadsheets,
    cli_timeout,
    cli_crashed,
    cli_profile_in_use,
    cli_too_large,
    cli_encrypted,
    cli_empty_file,
    cli_unknown_format,
    cli_fewer_offices,
    cli_summary_written,
    cli_summary_failed,
    cli_summary_in_use,

    // ---- the batch's summary workbook ------------------------------------------
    summary_sheet_forms,
    summary_sheet_findings,
    column_kind,
    column_status,
    column_errors,
    column_warnings,
    column_notices,
    column_stated_total,
    column_computed_total,
    column_grade,
    status_ok,
    status_no_form,
    status_unreadable,
    status_encrypted,
    status_timeout,
    status_crashed,
    status_too_large,
    status_sheet_too_large,
};

// One value for a {placeholder} of the message: a text shown as it is in
// every language (a number as the form shows it, a label from the form), or
// fixed words of the table, shown in the reader's language (several are
// joined as a list: "、" in Chinese, "; " in English).
struct MessageArg {
    std::string_view name;
    std::string value;
    std::vector<MessageId> words;
};

struct Message {
    MessageId id;
    std::vector<MessageArg> args;

    Message(MessageId message, std::initializer_list<MessageArg> arguments = {}) : id(message), args(arguments) {}
};

inline MessageArg arg(std::string_view name, std::string value) { return {name, std::move(value), {}}; }
inline MessageArg words(std::string_view name, std::vector<MessageId> ids) { return {name, {}, std::move(ids)}; }
inline MessageArg word(std::string_view name, MessageId id) { return words(name, {id}); }

}  // namespace perfeval
