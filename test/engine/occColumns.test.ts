import { describe, expect, it } from "vitest";
import { OccColumns } from "../../src/engine/occurrences/table.js";

describe("OccColumns", () => {
  it("a new row is empty (no anchor, deadline, completion or events) however many rows were reserved or grown past", () => {
    // Arrange: 16 rows reserved, 40 added, the first one written before the columns grow
    const table = new OccColumns(0);
    const first = table.add();
    table.doneMs[first] = 1_700_000_000_000;
    table.trigger[first] = 7;
    // Act
    const rows = Array.from({ length: 39 }, () => table.add());
    // Assert
    expect(table.size).toBe(40);
    expect(table.doneMs[first]).toBe(1_700_000_000_000);
    expect(table.trigger[first]).toBe(7);
    for (const i of rows) {
      for (const column of [table.anchorMs, table.dlAnchorMs, table.lastDay, table.originalLastDay, table.extLastDay, table.pausedAt, table.doneMs, table.cancelledMs, table.openedMs]) {
        expect(column[i]).toBeNaN();
      }
      for (const column of [table.trigger, table.anchorRec, table.doneEvent, table.local]) expect(column[i]).toBe(-1);
      expect([table.extensions[i], table.restarts[i], table.rank[i], table.status[i], table.flags[i]]).toEqual([0, 0, 0, 0, 0]);
    }
  });
});
