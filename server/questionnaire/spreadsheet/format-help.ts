/** The researcher-facing description of the spreadsheet format, printed by the CLI's --help and shown in the workspace. */
import { constraintSyntaxSummary } from './constraint-syntax.ts';

export const spreadsheetFormatHelp = `Questionnaire spreadsheet (CSV)

Draft a questionnaire in a spreadsheet, XLSForm-style, and save it as CSV (UTF-8). One row per question,
page, choice or setting; the first row names the columns. Problems are reported by row number as the
spreadsheet shows it (the header is line 1) and column. Blank rows and columns with an empty header are ignored.

Columns
  type                 what the row is (see Row types)
  name                 the question's variable code; for a choice, row or column its code; for a setting the
                       property it sets
  label                the question or page title / the choice text, in the default language (English)
  label::<locale>      the same in another language: label::id, label::th, label::vi, …
  hint, hint::<locale> help text under the title (SurveyJS description)
  required             yes / no, or blank (SurveyJS isRequired)
  relevant             show the question only when this is true (visibleIf), SurveyJS syntax: {q1} = 'yes'
  required_if          required only when this is true (requiredIf)
  enable_if            editable only when this is true (enableIf)
  constraint           answer checks (validators), see Constraints
  constraint_message, constraint_message::<locale>   the message shown when the constraint fails
  choices              reuse the choice list of an earlier question: write that question's name
  value                the value of a setting or property row that is not translatable text
  properties           any other SurveyJS properties of the row, as a JSON object,
                       e.g. {"inputType": "number"} or {"showOtherItem": true, "colCount": 2}

Row types
  setting              a questionnaire setting: name = property (title, description, completedHtml,
                       showProgressBar, translationStatus, …); translatable text in label / label::<locale>,
                       anything else in value
  begin page, end page             a page (name, label = page title, hint, relevant)
  begin panel, end panel           a group of questions shown together
  begin paneldynamic, end paneldynamic   questions repeated once per entry (XLSForm's repeat)
  radiogroup, checkbox, dropdown, tagbox, ranking, text, comment, boolean, rating, matrix, matrixdropdown,
  matrixdynamic, multipletext, html, expression, file, …   a question, by its SurveyJS type
  choice               a choice of the question above it: name = code, label = text. For a rating it is
                       one rating value; after a matrix dropdown column it belongs to that column
  row, column          a row or column of the matrix question above it; a matrix dropdown column
                       has its own name, label, required, constraint and properties such as {"cellType": "text"}
  item                 a field of the multipletext question above it
  property             sets one more translatable text of the question, page, panel or column above it,
                       e.g. name = minRateDescription, noneText, otherText, html, placeholder

  XLSForm names are accepted too: select_one [list] (radiogroup), select_multiple [list] (checkbox),
  integer and decimal (text with inputType number), date (text with inputType date), note (html; its label is
  the HTML), begin group / end group (panel), begin repeat / end repeat (paneldynamic). In select_one <list>,
  <list> is the name of an earlier question whose choices are reused. Exports always use SurveyJS names.

Constraints
  ${constraintSyntaxSummary}.
  Either bound may be left out: numeric:0.., text:..200. Several constraints are separated by ";", and
  regex:/expression: take the rest of the cell, so they come last. Other validators go into properties as
  {"validators": [...]}.

Translations and values
  A text is stored as a plain string when only label is filled and with its translations when any
  label::<locale> cell of the row is filled. A choice code, setting or property value is read as JSON when
  it is valid JSON (1, true, {"en": "complete"}) and as text otherwise (yes, top); write "1" with the
  quotes to keep a numeric-looking code as text. A row with only a choice code is a bare value in the list.
  A cell starting with ' has that one apostrophe removed: exports add it before =, +, -, @ and ' so that
  spreadsheet programs do not treat the cell as a formula.

Exporting a questionnaire and importing the file again gives exactly the same SurveyJS JSON: whatever has
no column of its own is kept in properties.
`;
