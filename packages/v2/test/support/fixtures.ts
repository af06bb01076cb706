// The workspace's shared fixture reader, under the names this package's tests use.
export { FIXTURE_DIR, readFixtureIndex, readFixtureText as readFixture, type FixtureEntry } from "@tcapi/test-fixtures";
