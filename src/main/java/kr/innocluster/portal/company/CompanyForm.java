package kr.innocluster.portal.company;

import java.time.LocalDate;

/**
 * The editable copy of a company profile that registration and edit forms bind to; nothing is written until the
 * service accepts the whole form. Property names are the field names of the service's refusals
 * ({@link kr.innocluster.portal.base.RuleException#fieldErrors()}).
 */
public class CompanyForm {

    private String businessNumber;
    private String name;
    private String ceoName;
    private String address;
    private Region region;
    private String ksicCode;
    private SizeClass sizeClass;
    private LocalDate foundedOn;
    private Integer employees;
    private Long annualRevenue;
    private Integer smartFactoryLevel;
    private boolean supplier;
    private boolean demand;
    private String contactName;
    private String contactPhone;
    private String contactEmail;

    public static CompanyForm of(CompanyDetails company) {
        CompanyForm form = new CompanyForm();
        form.businessNumber = BusinessNumber.format(company.businessNumber());
        form.name = company.name();
        form.ceoName = company.ceoName();
        form.address = company.address();
        form.region = company.region();
        form.ksicCode = company.ksicCode();
        form.sizeClass = company.sizeClass();
        form.foundedOn = company.foundedOn();
        form.employees = company.employees();
        form.annualRevenue = company.annualRevenue();
        form.smartFactoryLevel = company.smartFactoryLevel();
        form.supplier = company.supplier();
        form.demand = company.demand();
        form.contactName = company.contactName();
        form.contactPhone = company.contactPhone();
        form.contactEmail = company.contactEmail();
        return form;
    }

    public String getBusinessNumber() {
        return businessNumber;
    }

    public void setBusinessNumber(String businessNumber) {
        this.businessNumber = businessNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCeoName() {
        return ceoName;
    }

    public void setCeoName(String ceoName) {
        this.ceoName = ceoName;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public String getKsicCode() {
        return ksicCode;
    }

    public void setKsicCode(String ksicCode) {
        this.ksicCode = ksicCode;
    }

    public SizeClass getSizeClass() {
        return sizeClass;
    }

    public void setSizeClass(SizeClass sizeClass) {
        this.sizeClass = sizeClass;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public void setFoundedOn(LocalDate foundedOn) {
        this.foundedOn = foundedOn;
    }

    public Integer getEmployees() {
        return employees;
    }

    public void setEmployees(Integer employees) {
        this.employees = employees;
    }

    public Long getAnnualRevenue() {
        return annualRevenue;
    }

    public void setAnnualRevenue(Long annualRevenue) {
        this.annualRevenue = annualRevenue;
    }

    public Integer getSmartFactoryLevel() {
        return smartFactoryLevel;
    }

    public void setSmartFactoryLevel(Integer smartFactoryLevel) {
        this.smartFactoryLevel = smartFactoryLevel;
    }

    public boolean isSupplier() {
        return supplier;
    }

    public void setSupplier(boolean supplier) {
        this.supplier = supplier;
    }

    public boolean isDemand() {
        return demand;
    }

    public void setDemand(boolean demand) {
        this.demand = demand;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }
}
