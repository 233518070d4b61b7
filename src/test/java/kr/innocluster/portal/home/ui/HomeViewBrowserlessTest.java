package kr.innocluster.portal.home.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.ui.AccessDeniedView;
import kr.innocluster.portal.security.WithPortalUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout shows each role only what it may open, and a refused view becomes the friendly page. */
@IntegrationTest
@ViewPackages(packages = "kr.innocluster.portal")
class HomeViewBrowserlessTest extends SpringBrowserlessTest {

    @Test
    @WithPortalUser(username = "official", name = "김정민", roles = "official")
    void anOfficialLandsOnTheirHomeWithTheirMenu() {
        HomeView home = navigate(HomeView.class);

        assertThat(home.getId()).contains("home-official");
        assertThat($(H2.class).first().getText()).isEqualTo("안녕하세요, 김정민님");
        assertThat(menuLabels()).containsExactly("홈", "기업 관리", "지원사업", "지원사업 관리", "평가위원 관리",
                "협약·사후관리", "사후관리 현황판", "세미나", "내 세미나", "세미나 운영", "성공 사례", "실증팩토리 예약", "실증 설비 관리",
                "예약 승인", "실증과제", "설비 가동률", "멘토 배정", "솔루션 찾기·매칭", "매칭 현황", "발송 메일", "보안 접속기록", "알림",
                "내 계정");
    }

    @Test
    @WithPortalUser(username = "admin", name = "강태호", roles = "admin")
    void anAdministratorAlsoSeesSystemStatus() {
        navigate(HomeView.class);

        assertThat(menuLabels()).containsExactly("홈", "지원사업", "세미나", "내 세미나", "성공 사례", "발송 메일", "보안 접속기록",
                "사용자·권한", "시스템 상태", "알림", "내 계정");
    }

    @Test
    @WithPortalUser(username = "company", name = "최민준", roles = "company")
    void aCompanyUserOpeningAnAdminViewGetsTheFriendlyPage() {
        navigate("admin/system", AccessDeniedView.class);

        assertThat($(H2.class).first().getText()).isEqualTo("이 화면을 볼 수 있는 권한이 없습니다");
    }

    private List<String> menuLabels() {
        SideNav nav = $(SideNav.class).withClassName("main-nav").single();
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
