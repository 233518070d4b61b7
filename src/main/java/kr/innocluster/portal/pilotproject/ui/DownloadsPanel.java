package kr.innocluster.portal.pilotproject.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.pilotproject.DownloadRecord;
import kr.innocluster.portal.pilotproject.PilotRunService;
import kr.innocluster.portal.pilotproject.ProjectDetails;

/** Every download of the project's run data: who and when (kept after the terms change). */
class DownloadsPanel extends Div {

    DownloadsPanel(PilotRunService runs, ProjectDetails p, DisplayZone zone) {
        addClassNames("card", "pp-card");
        setId("pp-downloads-card");
        add(new H3(getTranslation("pp.downloads.title")));
        Grid<DownloadRecord> grid = new Grid<>();
        grid.setId("pp-downloads");
        grid.addColumn(d -> zone.formatDateTime(d.downloadedAt())).setHeader(getTranslation("pp.downloads.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DownloadRecord::fileName).setHeader(getTranslation("pp.downloads.file")).setFlexGrow(1);
        grid.addColumn(DownloadRecord::name).setHeader(getTranslation("pp.downloads.who")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("pp.role." + d.role())).setHeader(getTranslation("pp.downloads.role"))
                .setAutoWidth(true);
        grid.setItems(runs.downloads(p.id()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("pp.downloads.empty"));
        add(grid);
    }
}
