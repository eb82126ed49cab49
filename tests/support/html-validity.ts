/**
 * The HTML validator every page must pass: html-validate's standard preset,
 * unweakened. One instance, one message format, shared by the build test over
 * dist/ and the unit test that proves the check bites.
 */
import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

/** One problem as a reader fixes it: file:line:column rule message. */
export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

/** Every error and warning the standard preset reports for one document. */
export async function validateHtml(html: string, file: string): Promise<HtmlProblem[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) =>
    result.messages.map((m) => ({ file, line: m.line, column: m.column, rule: m.ruleId, message: m.message })),
  );
}

/** One line per problem, so a failing test says where to look and what to fix. */
export function formatProblems(problems: HtmlProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}`).join('\n');
}
