package org.esgstudio.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.esgstudio.model.Asset;
import org.esgstudio.model.Report;

/** Everything a project holds: the report, its data store and its assets (images). */
public record Project(Report report, DataSet data, List<Asset> assets) {
    public Project {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(data, "data");
        List<Asset> sorted = new ArrayList<>(assets == null ? List.of() : assets);
        sorted.sort(Comparator.comparing(Asset::name));
        assets = List.copyOf(sorted);
    }

    public Optional<Asset> asset(String name) {
        return assets.stream().filter(asset -> asset.name().equals(name)).findFirst();
    }

    public Project withReport(Report newReport) {
        return new Project(newReport, data, assets);
    }

    public Project withData(DataSet newData) {
        return new Project(report, newData, assets);
    }
}
