package org.esgstudio.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.esgstudio.data.NumberText;
import org.esgstudio.model.Block;
import org.esgstudio.model.Location;
import org.esgstudio.model.ReportVisitor;
import org.esgstudio.model.ReportWalk;
import org.esgstudio.model.TextTable;

/**
 * A table column of shares (headed 占比, 比例, 构成 or %) must add up to 100 %, allowing for each value's rounding.
 */
public final class ShareCheck implements Check {
    @Override
    public List<Finding> check(ValidationInput input) {
        List<Finding> findings = new ArrayList<>();
        ReportWalk.walk(input.report(), new ReportVisitor() {
            @Override
            public void block(Block block, Location location) {
                if (block instanceof TextTable table) {
                    check(table, location, findings);
                }
            }
        });
        return findings;
    }

    private static void check(TextTable table, Location location, List<Finding> findings) {
        for (int column = 0; column < table.columns().size(); column++) {
            String header = table.columns().get(column).zh();
            if (!(header.contains("占比") || header.contains("比例") || header.contains("构成") || header.contains("%")
                    || header.contains("％"))) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal tolerance = new BigDecimal("0.001");
            int numbers = 0;
            for (var row : table.rows()) {
                String cell = row.cells().get(column).zh().strip().replace("％", "%");
                var value = NumberText.parse(cell.endsWith("%") ? cell.substring(0, cell.length() - 1) : cell);
                if (value.isEmpty()) {
                    continue;
                }
                numbers++;
                sum = sum.add(value.get());
                tolerance = tolerance.add(BigDecimal.ONE.movePointLeft(Math.max(0, value.get().scale())).divide(
                        BigDecimal.valueOf(2)));
            }
            if (numbers >= 2 && sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(tolerance) > 0) {
                findings.add(new Finding(Severity.WARNING, FindingKind.SHARE, null, null, sum.toPlainString() + "%",
                        "100%", "check.share", new Object[] {table.title().zh(), header, sum.toPlainString()},
                        location.path(), table.id()));
            }
        }
    }
}
