// How much a run reports (YUNO_REPORTS): `light`, the default outside CI, is what a person running
// locally wants (the terminal, the HTML report, results.json, the findings); `full`, the default
// under CI, adds Allure and JUnit and records every call as a report step. Steps and Allure labels
// cost most of a test's CPU (npm run bench measures both modes).
export function lightReports(): boolean {
  return process.env.YUNO_REPORTS ? process.env.YUNO_REPORTS === 'light' : !process.env.CI;
}
