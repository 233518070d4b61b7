package kr.innocluster.portal.pilotproject.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.pilotproject.PilotResultService;
import kr.innocluster.portal.pilotproject.ProjectDetails;

/** The 실증확인서 of a verified project: its code, the public verification page, the PDF. */
class CertificatePanel extends Div {

    CertificatePanel(PilotResultService results, ProjectDetails p, DisplayZone zone) {
        addClassNames("card", "pp-card", "pp-certificate-card");
        setId("pp-certificate-card");
        add(new H3(getTranslation("pp.certificate.title")));
        String code = displayCode(p.certificateCode());
        add(ProjectUi.fact(this, "pp.certificate.code", code),
                ProjectUi.fact(this, "pp.certificate.verifiedBy", p.verifiedByName() + " ("
                        + zone.formatDate(p.verifiedAt()) + ")"));
        Anchor page = new Anchor("pilot-projects/verify/" + code, getTranslation("pp.certificate.publicPage"));
        page.setId("pp-verify-link");
        page.setTarget("_blank");
        if (p.terms().withdrawn()) {
            add(new Paragraph(getTranslation("pp.certificate.withdrawn")), page);
            return;
        }
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = results.certificate(p.id());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "pilot-certificate-" + code + ".pdf",
                    "application/pdf", bytes.length);
        }), "");
        pdf.add(VaadinIcon.DOWNLOAD.create(), new com.vaadin.flow.component.html.Span(
                getTranslation("pp.certificate.download")));
        pdf.setId("pp-certificate");
        pdf.addClassName("pp-certificate-download");
        add(pdf, page);
    }

    static String displayCode(String code) {
        return code == null || code.length() != 12 ? String.valueOf(code)
                : code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }
}
