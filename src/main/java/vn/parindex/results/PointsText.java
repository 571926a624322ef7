package vn.parindex.results;

import java.math.BigDecimal;
import vn.parindex.common.VietnameseFormat;

/** Points as the pages write them, Vietnamese style (12,5), and differences with their sign (−0,5). */
public final class PointsText {

    public String of(BigDecimal points) {
        return points == null ? "" : VietnameseFormat.points(points);
    }

    public String signed(BigDecimal points) {
        if (points == null) {
            return "";
        }
        return (points.signum() > 0 ? "+" : points.signum() < 0 ? "−" : "") + VietnameseFormat.points(points.abs());
    }
}
