package org.esgstudio.office.evidence;

import java.math.BigDecimal;

/** A figure for a cell: the exact stored amount, shown with the indicator's decimals as the report prints it. */
record Amount(BigDecimal value, int decimals) {
}
