<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="20"/>
        <source>&lt;h2&gt;Thông tin cơ quan&lt;/h2&gt;&lt;p&gt;Dùng cho phần đầu và phần ký của mọi văn bản ThiDua soạn ra.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Agency profile&lt;/h2&gt;&lt;p&gt;Used in the header and signature block of every document ThiDua writes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="31"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="34"/>
        <source>Ví dụ: UBND TỈNH LAI CHÂU</source>
        <translation>For example: UBND TỈNH LAI CHÂU</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="36"/>
        <source>Ví dụ: SỞ KHOA HỌC VÀ CÔNG NGHỆ</source>
        <translation>For example: SỞ KHOA HỌC VÀ CÔNG NGHỆ</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="38"/>
        <source>Ví dụ: SKHCN (dùng trong số, ký hiệu văn bản)</source>
        <translation>For example: SKHCN (used in document numbers)</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="40"/>
        <source>Ví dụ: Lai Châu</source>
        <translation>For example: Lai Châu</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="41"/>
        <source>Cơ quan &amp;chủ quản:</source>
        <translation>&amp;Parent authority:</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="42"/>
        <source>&amp;Tên cơ quan:</source>
        <translation>Agency &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="43"/>
        <source>Chữ &amp;viết tắt:</source>
        <translation>&amp;Abbreviation:</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="44"/>
        <source>Đị&amp;a danh:</source>
        <translation>P&amp;lace name:</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="45"/>
        <source>&amp;Lưu thông tin cơ quan</source>
        <translation>&amp;Save agency profile</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="47"/>
        <source>Lưu (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="55"/>
        <source>Người ký văn bản</source>
        <translation>Document signers</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="58"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="58"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="58"/>
        <source>Quyền hạn ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="71"/>
        <source>Ví dụ: PHÓ GIÁM ĐỐC</source>
        <translation>For example: PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="73"/>
        <source>Ví dụ: KT. GIÁM ĐỐC (để trống nếu ký trực tiếp)</source>
        <translation>For example: KT. GIÁM ĐỐC (leave blank when signing in person)</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="74"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="75"/>
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="76"/>
        <source>Quyền hạn ký:</source>
        <translation>Signing authority:</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="78"/>
        <source>Thêm mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="79"/>
        <source>Lưu người ký</source>
        <translation>Save signer</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="80"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="102"/>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="130"/>
        <location filename="../../ui/agency/AgencyPage.cpp" line="206"/>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="142"/>
        <source>Thông tin cơ quan</source>
        <translation>Agency profile</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="143"/>
        <source>Thông tin cơ quan đã thay đổi nhưng chưa lưu. Lưu lại không?</source>
        <translation>The agency profile has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="219"/>
        <source>Xóa người ký</source>
        <translation>Delete signer</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="220"/>
        <source>Xóa người ký «%1»? Các kế hoạch đang chọn người này sẽ phải chọn lại người ký.</source>
        <translation>Delete signer “%1”? Plans that use this signer will need another one.</translation>
    </message>
    <message>
        <location filename="../../ui/agency/AgencyPage.cpp" line="224"/>
        <source>Không xóa được</source>
        <translation>Could not delete</translation>
    </message>
</context>
<context>
    <name>AgencyRepository</name>
    <message>
        <location filename="../../core/storage/AgencyRepository.cpp" line="19"/>
        <source>đọc thông tin cơ quan</source>
        <translation>read the agency profile</translation>
    </message>
    <message>
        <location filename="../../core/storage/AgencyRepository.cpp" line="37"/>
        <source>lưu thông tin cơ quan</source>
        <translation>save the agency profile</translation>
    </message>
    <message>
        <location filename="../../core/storage/AgencyRepository.cpp" line="45"/>
        <source>đọc danh sách người ký</source>
        <translation>read the list of signers</translation>
    </message>
    <message>
        <location filename="../../core/storage/AgencyRepository.cpp" line="59"/>
        <source>thêm người ký</source>
        <translation>add the signer</translation>
    </message>
    <message>
        <location filename="../../core/storage/AgencyRepository.cpp" line="67"/>
        <source>sửa người ký</source>
        <translation>change the signer</translation>
    </message>
    <message>
        <location filename="../../core/storage/AgencyRepository.cpp" line="73"/>
        <source>xóa người ký</source>
        <translation>delete the signer</translation>
    </message>
</context>
<context>
    <name>AwardFormRepository</name>
    <message>
        <location filename="../../core/storage/AwardFormRepository.cpp" line="19"/>
        <source>đọc danh mục hình thức khen thưởng</source>
        <translation>read the award forms</translation>
    </message>
    <message>
        <location filename="../../core/storage/AwardFormRepository.cpp" line="32"/>
        <source>Trường «Tên hình thức khen thưởng»: không được để trống.</source>
        <translation>Field “Award form name”: must not be empty.</translation>
    </message>
    <message>
        <location filename="../../core/storage/AwardFormRepository.cpp" line="36"/>
        <source>thêm hình thức khen thưởng</source>
        <translation>add the award form</translation>
    </message>
</context>
<context>
    <name>BuiltInTemplate</name>
    <message>
        <location filename="../../core/templates/BuiltInTemplate.cpp" line="57"/>
        <source>Thiếu mẫu dữ liệu có sẵn trong chương trình.</source>
        <translation>The built-in template is missing from the program.</translation>
    </message>
    <message>
        <location filename="../../core/templates/BuiltInTemplate.cpp" line="61"/>
        <source>Mẫu dữ liệu có sẵn bị lỗi.</source>
        <translation>The built-in template is damaged.</translation>
    </message>
    <message>
        <location filename="../../core/templates/BuiltInTemplate.cpp" line="74"/>
        <source>kiểm tra dữ liệu</source>
        <translation>check the data</translation>
    </message>
    <message>
        <location filename="../../core/templates/BuiltInTemplate.cpp" line="189"/>
        <source>Đợt thi đua mới</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <location filename="../../core/templates/BuiltInTemplate.cpp" line="190"/>
        <source>Triển khai Đợt thi đua …</source>
        <translation>Carrying out the campaign …</translation>
    </message>
    <message>
        <location filename="../../core/templates/BuiltInTemplate.cpp" line="194"/>
        <source>Sở Nội vụ</source>
        <translation>Department of Home Affairs</translation>
    </message>
    <message>
        <location filename="../../core/templates/BuiltInTemplate.cpp" line="194"/>
        <source>Ban Giám đốc (b/c)</source>
        <translation>Board of Directors (for report)</translation>
    </message>
    <message>
        <location filename="../../core/templates/BuiltInTemplate.cpp" line="194"/>
        <source>Các phòng, đơn vị thuộc Sở</source>
        <translation>Units of the Department</translation>
    </message>
    <message>
        <location filename="../../core/templates/BuiltInTemplate.cpp" line="194"/>
        <source>Lưu: VT, VP</source>
        <translation>Filed: Records, Office</translation>
    </message>
    <message>
        <location filename="../../core/templates/BuiltInTemplate.cpp" line="197"/>
        <source>TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG</source>
        <translation>EMULATION CRITERIA AND AWARD FORMS</translation>
    </message>
    <message>
        <location filename="../../core/templates/BuiltInTemplate.cpp" line="198"/>
        <source>Tiêu chí thi đua</source>
        <translation>Emulation criteria</translation>
    </message>
    <message>
        <location filename="../../core/templates/BuiltInTemplate.cpp" line="199"/>
        <source>Đối với các phòng, đơn vị</source>
        <translation>For units</translation>
    </message>
    <message>
        <location filename="../../core/templates/BuiltInTemplate.cpp" line="200"/>
        <source>Đối với cá nhân</source>
        <translation>For individuals</translation>
    </message>
    <message>
        <location filename="../../core/templates/BuiltInTemplate.cpp" line="201"/>
        <source>Hình thức và tiêu chuẩn khen thưởng</source>
        <translation>Award forms and standards</translation>
    </message>
    <message>
        <location filename="../../core/templates/BuiltInTemplate.cpp" line="202"/>
        <source>Hình thức khen thưởng</source>
        <translation>Award forms</translation>
    </message>
    <message>
        <location filename="../../core/templates/BuiltInTemplate.cpp" line="203"/>
        <source>Tiêu chuẩn khen thưởng</source>
        <translation>Award standards</translation>
    </message>
    <message>
        <location filename="../../core/templates/BuiltInTemplate.cpp" line="205"/>
        <source>THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN</source>
        <translation>TIMELINE AND RESPONSIBILITIES</translation>
    </message>
    <message>
        <location filename="../../core/templates/BuiltInTemplate.cpp" line="206"/>
        <source>Thời gian thực hiện</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../core/templates/BuiltInTemplate.cpp" line="207"/>
        <source>Trách nhiệm thực hiện</source>
        <translation>Responsibilities</translation>
    </message>
    <message>
        <location filename="../../core/templates/BuiltInTemplate.cpp" line="208"/>
        <source>MỤC ĐÍCH, YÊU CẦU</source>
        <translation>PURPOSES AND REQUIREMENTS</translation>
    </message>
    <message>
        <location filename="../../core/templates/BuiltInTemplate.cpp" line="208"/>
        <source>NỘI DUNG THI ĐUA</source>
        <translation>CONTENTS OF THE CAMPAIGN</translation>
    </message>
    <message>
        <location filename="../../core/templates/BuiltInTemplate.cpp" line="209"/>
        <source>GIẢI PHÁP THỰC HIỆN</source>
        <translation>MEASURES</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <location filename="../../ui/campaigns/CampaignForm.cpp" line="43"/>
        <source>Tên đợt thi đua:</source>
        <translation>Campaign name:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignForm.cpp" line="44"/>
        <source>Trích yếu (dòng dưới chữ KẾ HOẠCH):</source>
        <translation>Summary (the line under “KẾ HOẠCH”):</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignForm.cpp" line="45"/>
        <source>Hình thức tổ chức:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignForm.cpp" line="51"/>
        <source>đến ngày</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignForm.cpp" line="59"/>
        <source>Thời gian: từ ngày</source>
        <translation>Period: from</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignForm.cpp" line="63"/>
        <source>để trống, ghi tay khi vào sổ</source>
        <translation>leave blank, written in by hand at registration</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignForm.cpp" line="69"/>
        <source>ngày</source>
        <translation>day</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignForm.cpp" line="71"/>
        <source>tháng</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignForm.cpp" line="73"/>
        <source>năm</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignForm.cpp" line="75"/>
        <source>Số văn bản:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignForm.cpp" line="78"/>
        <source>Người ký:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignForm.cpp" line="81"/>
        <source>Mỗi nơi nhận một dòng, không cần gạch đầu dòng và dấu chấm phẩy</source>
        <translation>One recipient per line, without dash or semicolon</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignForm.cpp" line="83"/>
        <source>Nơi nhận:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignForm.cpp" line="87"/>
        <source>Đánh số tiêu đề cấp %1:</source>
        <translation>Heading numbering, level %1:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignForm.cpp" line="128"/>
        <source>(chưa chọn)</source>
        <translation>(not chosen)</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <location filename="../../core/storage/CampaignRepository.cpp" line="79"/>
        <source>đọc danh sách đợt thi đua</source>
        <translation>read the list of campaigns</translation>
    </message>
    <message>
        <location filename="../../core/storage/CampaignRepository.cpp" line="93"/>
        <source>đọc đợt thi đua</source>
        <translation>read the campaign</translation>
    </message>
    <message>
        <location filename="../../core/storage/CampaignRepository.cpp" line="96"/>
        <source>Không tìm thấy đợt thi đua số %1.</source>
        <translation>Campaign number %1 was not found.</translation>
    </message>
    <message>
        <location filename="../../core/storage/CampaignRepository.cpp" line="122"/>
        <source>đọc hình thức khen thưởng của đợt</source>
        <translation>read the campaign’s award forms</translation>
    </message>
    <message>
        <location filename="../../core/storage/CampaignRepository.cpp" line="54"/>
        <location filename="../../core/storage/CampaignRepository.cpp" line="138"/>
        <source>đọc đề cương kế hoạch</source>
        <translation>read the plan outline</translation>
    </message>
    <message>
        <location filename="../../core/storage/CampaignRepository.cpp" line="68"/>
        <source>xóa mục khỏi đề cương</source>
        <translation>remove a section from the outline</translation>
    </message>
    <message>
        <location filename="../../core/storage/CampaignRepository.cpp" line="155"/>
        <source>đọc nội dung kế hoạch</source>
        <translation>read the plan text</translation>
    </message>
    <message>
        <location filename="../../core/storage/CampaignRepository.cpp" line="193"/>
        <source>lưu đợt thi đua</source>
        <translation>save the campaign</translation>
    </message>
    <message>
        <location filename="../../core/storage/CampaignRepository.cpp" line="203"/>
        <source>thêm đợt thi đua</source>
        <translation>add the campaign</translation>
    </message>
    <message>
        <location filename="../../core/storage/CampaignRepository.cpp" line="276"/>
        <source>lưu mục của kế hoạch</source>
        <translation>save a section of the plan</translation>
    </message>
    <message>
        <location filename="../../core/storage/CampaignRepository.cpp" line="282"/>
        <source>thêm mục vào kế hoạch</source>
        <translation>add a section to the plan</translation>
    </message>
    <message>
        <location filename="../../core/storage/CampaignRepository.cpp" line="294"/>
        <source>lưu nội dung kế hoạch</source>
        <translation>save the plan text</translation>
    </message>
    <message>
        <location filename="../../core/storage/CampaignRepository.cpp" line="301"/>
        <source>thêm nội dung vào kế hoạch</source>
        <translation>add text to the plan</translation>
    </message>
    <message>
        <location filename="../../core/storage/CampaignRepository.cpp" line="318"/>
        <location filename="../../core/storage/CampaignRepository.cpp" line="324"/>
        <source>lưu hình thức khen thưởng của đợt</source>
        <translation>save the campaign’s award forms</translation>
    </message>
    <message>
        <location filename="../../core/storage/CampaignRepository.cpp" line="334"/>
        <source>xóa đợt thi đua</source>
        <translation>delete the campaign</translation>
    </message>
    <message>
        <location filename="../../core/storage/CampaignRepository.cpp" line="344"/>
        <source>%1 (bản sao)</source>
        <translation>%1 (copy)</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="24"/>
        <source>&lt;h2&gt;Đợt thi đua và kế hoạch&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Campaigns and plans&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="42"/>
        <source>Đợt mới</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="43"/>
        <source>Tạo từ đợt này</source>
        <translation>Copy this campaign</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="44"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="54"/>
        <source>Đề cương kế hoạch</source>
        <translation>Plan outline</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="55"/>
        <source>Thông tin chung, ban hành</source>
        <translation>General and issuance</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="60"/>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="202"/>
        <source>Hủy thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="61"/>
        <source>&amp;Lưu đợt thi đua</source>
        <translation>&amp;Save campaign</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="63"/>
        <source>Lưu (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="116"/>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="161"/>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="212"/>
        <source>Đợt thi đua</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="122"/>
        <source>từ %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="176"/>
        <source>Có thay đổi chưa lưu.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="188"/>
        <source>Không lưu được đợt thi đua</source>
        <translation>Could not save the campaign</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="202"/>
        <source>Bỏ mọi thay đổi chưa lưu của đợt thi đua này?</source>
        <translation>Discard all unsaved changes to this campaign?</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="213"/>
        <source>Đợt thi đua «%1» có thay đổi chưa lưu. Lưu lại không?</source>
        <translation>Campaign “%1” has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="234"/>
        <source>Không tạo được đợt thi đua</source>
        <translation>Could not create the campaign</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="247"/>
        <source>Không sao chép được đợt thi đua</source>
        <translation>Could not copy the campaign</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="258"/>
        <source>Xóa đợt thi đua</source>
        <translation>Delete campaign</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="259"/>
        <source>Xóa hẳn đợt thi đua «%1» cùng toàn bộ kế hoạch của nó? Không thể hoàn tác.</source>
        <translation>Delete campaign “%1” and its whole plan for good? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="263"/>
        <source>Không xóa được đợt thi đua</source>
        <translation>Could not delete the campaign</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../core/cli/CommandLine.cpp" line="35"/>
        <location filename="../../core/cli/CommandLine.cpp" line="73"/>
        <source>Tệp dữ liệu (.thidua).</source>
        <translation>Database file (.thidua).</translation>
    </message>
    <message>
        <location filename="../../core/cli/CommandLine.cpp" line="35"/>
        <location filename="../../core/cli/CommandLine.cpp" line="73"/>
        <location filename="../../core/cli/CommandLine.cpp" line="76"/>
        <source>tệp</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../core/cli/CommandLine.cpp" line="43"/>
        <source>Thiếu --db TỆP.</source>
        <translation>Missing --db FILE.</translation>
    </message>
    <message>
        <location filename="../../core/cli/CommandLine.cpp" line="47"/>
        <location filename="../../core/cli/CommandLine.cpp" line="93"/>
        <source>Không tìm thấy tệp dữ liệu «%1».</source>
        <translation>Database file “%1” was not found.</translation>
    </message>
    <message>
        <location filename="../../core/cli/CommandLine.cpp" line="58"/>
        <source>Tệp: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../core/cli/CommandLine.cpp" line="59"/>
        <source>Phiên bản lược đồ: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <location filename="../../core/cli/CommandLine.cpp" line="60"/>
        <source>Cơ quan: %1 — %2</source>
        <translation>Agency: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../core/cli/CommandLine.cpp" line="61"/>
        <source>Số đơn vị: %1</source>
        <translation>Units: %1</translation>
    </message>
    <message>
        <location filename="../../core/cli/CommandLine.cpp" line="62"/>
        <source>Số cán bộ: %1</source>
        <translation>People: %1</translation>
    </message>
    <message>
        <location filename="../../core/cli/CommandLine.cpp" line="63"/>
        <source>Số đợt thi đua: %1</source>
        <translation>Campaigns: %1</translation>
    </message>
    <message>
        <location filename="../../core/cli/CommandLine.cpp" line="74"/>
        <source>Số của đợt thi đua.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CommandLine.cpp" line="76"/>
        <source>Tệp kết quả.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CommandLine.cpp" line="87"/>
        <source>Dùng: thidua export plan --db TỆP --campaign SỐ --format docx|pdf --output TỆP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CommandLine.cpp" line="105"/>
        <source>Đã ghi %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CommandLine.cpp" line="125"/>
        <source>Lệnh không hợp lệ. Dùng:
  thidua info --db TỆP
  thidua export plan --db TỆP --campaign SỐ --format docx|pdf --output TỆP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lệnh không hợp lệ. Dùng: thidua info --db TỆP</source>
        <translation type="vanished">Unknown command. Use: thidua info --db FILE</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../core/storage/Database.cpp" line="75"/>
        <source>Không mở được tệp «%1»: %2</source>
        <translation>Could not open “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="84"/>
        <source>không đọc được tệp (%1).</source>
        <translation>the file cannot be read (%1).</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="90"/>
        <source>đây không phải là tệp dữ liệu ThiDua (không phải tệp SQLite).</source>
        <translation>this is not a ThiDua database (not an SQLite file).</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="99"/>
        <location filename="../../core/storage/Database.cpp" line="115"/>
        <source>tệp bị hỏng hoặc không đọc được.</source>
        <translation>the file is damaged or unreadable.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="110"/>
        <source>tệp bị hỏng (kiểm tra toàn vẹn không đạt).</source>
        <translation>the file is damaged (integrity check failed).</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="121"/>
        <source>tệp SQLite này thuộc về một chương trình khác, không phải ThiDua.</source>
        <translation>this SQLite file belongs to another program, not ThiDua.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="124"/>
        <source>tệp được tạo bởi phiên bản ThiDua mới hơn (lược đồ %1, phiên bản này chỉ hiểu tới %2). Hãy cập nhật ThiDua.</source>
        <translation>the file comes from a newer ThiDua (schema %1; this version knows up to %2). Please update ThiDua.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="134"/>
        <source>không tạo được bản sao lưu trước khi nâng cấp.</source>
        <translation>could not save a backup copy before upgrading.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="170"/>
        <source>Chưa chọn tệp dữ liệu.</source>
        <translation>No database file chosen.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="175"/>
        <source>đây là một thư mục, không phải tệp.</source>
        <translation>this is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="181"/>
        <source>không tạo được thư mục «%1».</source>
        <translation>could not create the folder “%1”.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="189"/>
        <source>không mở được để ghi.</source>
        <translation>it cannot be opened for writing.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="225"/>
        <source>Lỗi cơ sở dữ liệu khi thực hiện: %1</source>
        <translation>Database error while running: %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="244"/>
        <source>Thiếu tệp nâng cấp dữ liệu %1.</source>
        <translation>Upgrade script %1 is missing.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="253"/>
        <source>Không nâng cấp được dữ liệu lên phiên bản %1.</source>
        <translation>Could not upgrade the data to version %1.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="284"/>
        <source>Bản sao phải được lưu vào một tệp khác với tệp đang mở.</source>
        <translation>The copy must go to another file than the one open.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="292"/>
        <source>Không lưu được bản sao vào «%1».</source>
        <translation>Could not save the copy to “%1”.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="297"/>
        <source>Không ghi đè được tệp «%1».</source>
        <translation>Could not overwrite “%1”.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="300"/>
        <source>Không đổi tên được bản sao thành «%1».</source>
        <translation>Could not rename the copy to “%1”.</translation>
    </message>
</context>
<context>
    <name>Decree30</name>
    <message>
        <location filename="../../core/documents/Decree30.cpp" line="43"/>
        <source>Số: %1/%2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/documents/Decree30.cpp" line="51"/>
        <source>%1, ngày %2 tháng %3 năm %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Decree30Text</name>
    <message>
        <location filename="../../core/documents/Decree30.cpp" line="66"/>
        <source>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/documents/Decree30.cpp" line="67"/>
        <source>Độc lập – Tự do – Hạnh phúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/documents/Decree30.cpp" line="106"/>
        <source>Nơi nhận:</source>
        <translation type="unfinished">Recipients:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="16"/>
        <source>Văn phòng</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="18"/>
        <source>Thanh tra</source>
        <translation>Inspectorate</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="20"/>
        <source>Phòng chuyên môn</source>
        <translation>Specialised division</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="22"/>
        <source>Đơn vị sự nghiệp</source>
        <translation>Public service unit</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="31"/>
        <source>Công chức</source>
        <translation>Civil servant</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="33"/>
        <source>Viên chức</source>
        <translation>Public employee</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="35"/>
        <source>Người lao động</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="40"/>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="40"/>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="46"/>
        <source>Nhà nước</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="48"/>
        <source>Chính phủ</source>
        <translation>Government</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="50"/>
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="52"/>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="59"/>
        <source>Thường xuyên</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="59"/>
        <source>Theo đợt, chuyên đề</source>
        <translation>Periodic or thematic</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="66"/>
        <source>Không đánh số</source>
        <translation>No numbering</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="68"/>
        <source>I., II., III.</source>
        <translation>I., II., III.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="70"/>
        <source>1., 2., 3.</source>
        <translation>1., 2., 3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="72"/>
        <source>a), b), c)</source>
        <translation>a), b), c)</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="74"/>
        <source>Gạch đầu dòng (-)</source>
        <translation>Dash (-)</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="76"/>
        <source>Dấu cộng (+)</source>
        <translation>Plus (+)</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="85"/>
        <source>Văn bản tự do</source>
        <translation>Free text</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="87"/>
        <source>Tiêu chí cho phòng, đơn vị</source>
        <translation>Criteria for units</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="89"/>
        <source>Tiêu chí cho cá nhân</source>
        <translation>Criteria for individuals</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="91"/>
        <source>Hình thức khen thưởng</source>
        <translation>Award forms</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="100"/>
        <source>Đoạn văn</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="102"/>
        <source>Mục liệt kê</source>
        <translation>List item</translation>
    </message>
    <message>
        <location filename="../../core/domain/Labels.cpp" line="104"/>
        <source>Căn cứ (in nghiêng)</source>
        <translation>Basis (italic)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="63"/>
        <location filename="../../ui/MainWindow.cpp" line="104"/>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="64"/>
        <source>Đơn vị &amp; cán bộ</source>
        <translation>Units &amp; people</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="64"/>
        <location filename="../../ui/MainWindow.cpp" line="104"/>
        <source>Đợt thi đua</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="84"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="85"/>
        <source>Cơ sở dữ liệu &amp;mới…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="86"/>
        <source>&amp;Mở…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="87"/>
        <source>Mở &amp;gần đây</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="88"/>
        <source>Lưu &amp;bản sao…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="90"/>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="93"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="94"/>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="96"/>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="101"/>
        <source>&amp;Tùy chọn…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="103"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="104"/>
        <source>Đơn vị &amp;&amp; cán bộ</source>
        <translation>Units &amp;&amp; people</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="108"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="109"/>
        <source>&amp;Giới thiệu ThiDua</source>
        <translation>&amp;About ThiDua</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="143"/>
        <source>Không mở được tệp</source>
        <translation>Could not open the file</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="156"/>
        <source>Đã nâng cấp dữ liệu</source>
        <translation>Data upgraded</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="157"/>
        <source>Tệp đã được nâng cấp lên phiên bản mới. Bản sao trước khi nâng cấp được lưu tại:
%1</source>
        <translation>The file was upgraded to the new version. A copy from before the upgrade is at:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="160"/>
        <source>Mẫu dữ liệu</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="171"/>
        <source>Tạo cơ sở dữ liệu mới</source>
        <translation>Create a new database</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="172"/>
        <source>Thi đua mới.thidua</source>
        <translation>New campaigns.thidua</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="178"/>
        <source>Tệp đã tồn tại</source>
        <translation>File exists</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="179"/>
        <source>Tệp «%1» đã có. ThiDua không ghi đè lên dữ liệu cũ: hãy chọn tên khác, hoặc dùng Tệp → Mở.</source>
        <translation>“%1” already exists. ThiDua does not overwrite data: choose another name, or use File → Open.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="188"/>
        <source>Mở cơ sở dữ liệu</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="198"/>
        <source>Lưu bản sao cơ sở dữ liệu</source>
        <translation>Save a copy of the database</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="199"/>
        <source>%1 - bản sao.thidua</source>
        <translation>%1 - copy.thidua</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="203"/>
        <source>Không lưu được bản sao</source>
        <translation>Could not save the copy</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="206"/>
        <source>Đã lưu bản sao vào %1</source>
        <translation>Copy saved to %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="223"/>
        <source>%1 — ThiDua</source>
        <translation>%1 — ThiDua</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="224"/>
        <source>ThiDua — chưa mở cơ sở dữ liệu</source>
        <translation>ThiDua — no database open</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="235"/>
        <source>Giới thiệu ThiDua</source>
        <translation>About ThiDua</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="236"/>
        <source>ThiDua %1
Quản lý thi đua, khen thưởng cho cơ quan, đơn vị.

Dữ liệu được lưu trong tệp .thidua (SQLite) trên máy của bạn.</source>
        <translation>ThiDua %1
Emulation and commendation management for agencies and units.

Data is kept in a .thidua file (SQLite) on your computer.</translation>
    </message>
</context>
<context>
    <name>PdfWriter</name>
    <message>
        <location filename="../../core/documents/writers/PdfWriter.cpp" line="22"/>
        <location filename="../../core/documents/writers/PdfWriter.cpp" line="34"/>
        <source>Không ghi được tệp «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/documents/writers/PdfWriter.cpp" line="30"/>
        <source>Không tạo được tệp PDF «%1».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/people/PeoplePage.cpp" line="76"/>
        <source>&lt;h2&gt;Đơn vị và cán bộ&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Units and people&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeoplePage.cpp" line="85"/>
        <source>Xóa dữ liệu mẫu…</source>
        <translation>Delete sample data…</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeoplePage.cpp" line="87"/>
        <source>Xóa các đơn vị và cán bộ mẫu có sẵn khi tạo cơ sở dữ liệu (đánh dấu «mẫu»).</source>
        <translation>Delete the sample units and people a new database starts with (marked “sample”).</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeoplePage.cpp" line="96"/>
        <source>Phòng, đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeoplePage.cpp" line="105"/>
        <source>Thêm đơn vị</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeoplePage.cpp" line="107"/>
        <source>Lưu đơn vị</source>
        <translation>Save unit</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeoplePage.cpp" line="109"/>
        <location filename="../../ui/people/PeoplePage.cpp" line="246"/>
        <source>Xóa đơn vị</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeoplePage.cpp" line="118"/>
        <source>Công chức, viên chức, người lao động</source>
        <translation>Civil servants, public employees, workers</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeoplePage.cpp" line="123"/>
        <source>Tìm theo tên, đơn vị, chức vụ… (gõ không dấu cũng được) — Ctrl+F</source>
        <translation>Search by name, unit, position… (diacritics optional) — Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeoplePage.cpp" line="148"/>
        <source>Thêm cán bộ</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeoplePage.cpp" line="150"/>
        <source>Lưu cán bộ</source>
        <translation>Save person</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeoplePage.cpp" line="152"/>
        <location filename="../../ui/people/PeoplePage.cpp" line="284"/>
        <source>Xóa cán bộ</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeoplePage.cpp" line="175"/>
        <location filename="../../ui/people/PeoplePage.cpp" line="319"/>
        <source>Đơn vị và cán bộ</source>
        <translation>Units and people</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeoplePage.cpp" line="194"/>
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeoplePage.cpp" line="233"/>
        <source>Không lưu được đơn vị</source>
        <translation>Could not save the unit</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeoplePage.cpp" line="246"/>
        <source>Xóa đơn vị «%1»?</source>
        <translation>Delete unit “%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeoplePage.cpp" line="249"/>
        <source>Không xóa được đơn vị</source>
        <translation>Could not delete the unit</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeoplePage.cpp" line="271"/>
        <source>Không lưu được cán bộ</source>
        <translation>Could not save the person</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeoplePage.cpp" line="284"/>
        <source>Xóa «%1» khỏi danh sách cán bộ?</source>
        <translation>Remove “%1” from the people list?</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeoplePage.cpp" line="288"/>
        <source>Không xóa được cán bộ</source>
        <translation>Could not delete the person</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeoplePage.cpp" line="299"/>
        <source>Xóa dữ liệu mẫu</source>
        <translation>Delete sample data</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeoplePage.cpp" line="300"/>
        <source>Xóa toàn bộ đơn vị và cán bộ mẫu (có chữ «mẫu» bên cạnh tên)? Dữ liệu do bạn nhập vẫn được giữ nguyên.</source>
        <translation>Delete all sample units and people (marked “sample” after the name)? Data you entered is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeoplePage.cpp" line="306"/>
        <source>Không xóa được dữ liệu mẫu</source>
        <translation>Could not delete the sample data</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeoplePage.cpp" line="320"/>
        <source>Có thay đổi trong biểu mẫu đơn vị hoặc cán bộ chưa được lưu. Bỏ các thay đổi đó?</source>
        <translation>The unit or person form has unsaved changes. Discard them?</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/people/PersonForm.cpp" line="33"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonForm.cpp" line="34"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonForm.cpp" line="35"/>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonForm.cpp" line="36"/>
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonForm.cpp" line="37"/>
        <source>Phân loại:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonForm.cpp" line="38"/>
        <source>Giới tính:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonForm.cpp" line="39"/>
        <source>Năm sinh:</source>
        <translation>Birth year:</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <location filename="../../core/storage/PersonRepository.cpp" line="24"/>
        <source>đọc danh sách cán bộ</source>
        <translation>read the list of people</translation>
    </message>
    <message>
        <location filename="../../core/storage/PersonRepository.cpp" line="50"/>
        <source>thêm cán bộ</source>
        <translation>add the person</translation>
    </message>
    <message>
        <location filename="../../core/storage/PersonRepository.cpp" line="62"/>
        <source>sửa thông tin cán bộ</source>
        <translation>change the person</translation>
    </message>
    <message>
        <location filename="../../core/storage/PersonRepository.cpp" line="69"/>
        <source>xóa cán bộ</source>
        <translation>delete the person</translation>
    </message>
    <message>
        <location filename="../../core/storage/PersonRepository.cpp" line="79"/>
        <source>xóa dữ liệu mẫu</source>
        <translation>delete the sample data</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <location filename="../../ui/people/PersonTableModel.cpp" line="43"/>
        <source>%1 (mẫu)</source>
        <translation>%1 (sample)</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonTableModel.cpp" line="86"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonTableModel.cpp" line="88"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonTableModel.cpp" line="90"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonTableModel.cpp" line="92"/>
        <source>Phân loại</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonTableModel.cpp" line="94"/>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonTableModel.cpp" line="96"/>
        <source>Năm sinh</source>
        <translation>Birth year</translation>
    </message>
</context>
<context>
    <name>PlanBuilderText</name>
    <message>
        <location filename="../../core/documents/PlanBuilder.cpp" line="87"/>
        <source>Kế hoạch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/documents/PlanBuilder.cpp" line="91"/>
        <source>KẾ HOẠCH</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../ui/campaigns/PlanEditor.cpp" line="71"/>
        <location filename="../../ui/campaigns/PlanEditor.cpp" line="189"/>
        <source>Thêm mục</source>
        <translation>Add section</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/PlanEditor.cpp" line="72"/>
        <location filename="../../ui/campaigns/PlanEditor.cpp" line="201"/>
        <source>Thêm mục con</source>
        <translation>Add subsection</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/PlanEditor.cpp" line="73"/>
        <location filename="../../ui/campaigns/PlanEditor.cpp" line="219"/>
        <location filename="../../ui/campaigns/PlanEditor.cpp" line="224"/>
        <source>Xóa mục</source>
        <translation>Delete section</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/PlanEditor.cpp" line="75"/>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/PlanEditor.cpp" line="76"/>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/PlanEditor.cpp" line="77"/>
        <source>Thụt vào</source>
        <translation>Indent</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/PlanEditor.cpp" line="78"/>
        <source>Lùi ra</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/PlanEditor.cpp" line="81"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/PlanEditor.cpp" line="82"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/PlanEditor.cpp" line="103"/>
        <source>Sửa mục</source>
        <translation>Edit section</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/PlanEditor.cpp" line="119"/>
        <source>Chọn hình thức khen thưởng</source>
        <translation>Choose award forms</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/PlanEditor.cpp" line="192"/>
        <location filename="../../ui/campaigns/PlanEditor.cpp" line="207"/>
        <source>Mục mới</source>
        <translation>New section</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/PlanEditor.cpp" line="220"/>
        <source>Xóa mục «%1» cùng toàn bộ nội dung và các mục con của nó? Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Delete section “%1” with all its text and subsections? Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/PlanEditor.cpp" line="221"/>
        <source>(không tiêu đề)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/PlanEditor.cpp" line="240"/>
        <source>Chuyển mục lên</source>
        <translation>Move section up</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/PlanEditor.cpp" line="240"/>
        <source>Chuyển mục xuống</source>
        <translation>Move section down</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/PlanEditor.cpp" line="246"/>
        <source>Thụt mục vào</source>
        <translation>Indent section</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/PlanEditor.cpp" line="251"/>
        <source>Lùi mục ra</source>
        <translation>Outdent section</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <location filename="../../core/documents/PlanExport.cpp" line="38"/>
        <source>Đợt thi đua «%1» chưa chọn người ký. Hãy chọn ở thẻ «Thông tin chung, ban hành».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanOutlineModel</name>
    <message>
        <location filename="../../ui/campaigns/PlanOutlineModel.cpp" line="87"/>
        <source>(không tiêu đề) %1</source>
        <translation>(untitled) %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/PreferencesDialog.cpp" line="14"/>
        <source>Tùy chọn</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../ui/PreferencesDialog.cpp" line="21"/>
        <source>&amp;Ngôn ngữ giao diện:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <location filename="../../ui/PreferencesDialog.cpp" line="22"/>
        <source>Thay đổi ngôn ngữ có hiệu lực từ lần mở ThiDua tiếp theo.</source>
        <translation>A new language takes effect the next time ThiDua starts.</translation>
    </message>
    <message>
        <location filename="../../ui/PreferencesDialog.cpp" line="36"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/PreferencesDialog.cpp" line="36"/>
        <source>Ngôn ngữ mới sẽ được dùng khi mở lại ThiDua.</source>
        <translation>The new language will be used when ThiDua starts again.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="26"/>
        <source>Dữ liệu ThiDua (*.thidua);;Mọi tệp (*)</source>
        <translation>ThiDua databases (*.thidua);;All files (*)</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../../ui/campaigns/SectionEditor.cpp" line="40"/>
        <source>Để trống nếu mục không có tiêu đề (phần căn cứ, đoạn kết)</source>
        <translation>Leave blank for an untitled section (basis, closing paragraph)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/SectionEditor.cpp" line="44"/>
        <source>Tiêu đề:</source>
        <translation>Heading:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/SectionEditor.cpp" line="45"/>
        <source>Đánh số tiêu đề</source>
        <translation>Number the heading</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/SectionEditor.cpp" line="51"/>
        <source>Mục liệt kê:</source>
        <translation>List items:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/SectionEditor.cpp" line="57"/>
        <source>Mục chứa tiêu chí hoặc hình thức khen thưởng được dùng cho bảng đánh giá và đề nghị khen thưởng.</source>
        <translation>Sections holding criteria or award forms feed the assessment checklists and award proposals.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/SectionEditor.cpp" line="59"/>
        <source>Nội dung mục:</source>
        <translation>Section holds:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/SectionEditor.cpp" line="90"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/SectionEditor.cpp" line="90"/>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/SectionEditor.cpp" line="90"/>
        <source>Bắt buộc</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/SectionEditor.cpp" line="112"/>
        <source>Thêm đoạn</source>
        <translation>Add paragraph</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/SectionEditor.cpp" line="113"/>
        <source>Xóa đoạn</source>
        <translation>Delete paragraph</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/SectionEditor.cpp" line="114"/>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/SectionEditor.cpp" line="115"/>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/SectionEditor.cpp" line="143"/>
        <source>%1 — do %2 quyết định</source>
        <translation>%1 — decided by %2</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/SectionEditor.cpp" line="238"/>
        <source>Nội dung mới</source>
        <translation>New text</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../core/storage/SqlQuery.cpp" line="34"/>
        <source>dữ liệu này đang được dùng ở nơi khác, hoặc trỏ tới một mục không còn tồn tại.</source>
        <translation>this data is used elsewhere, or refers to something that no longer exists.</translation>
    </message>
    <message>
        <location filename="../../core/storage/SqlQuery.cpp" line="37"/>
        <source>đã có một mục trùng tên hoặc trùng mã.</source>
        <translation>an entry with the same name or code exists.</translation>
    </message>
    <message>
        <location filename="../../core/storage/SqlQuery.cpp" line="39"/>
        <source>tệp dữ liệu đang bị một chương trình khác khóa.</source>
        <translation>the database is locked by another program.</translation>
    </message>
    <message>
        <location filename="../../core/storage/SqlQuery.cpp" line="41"/>
        <source>tệp dữ liệu chỉ được phép đọc.</source>
        <translation>the database is read-only.</translation>
    </message>
    <message>
        <location filename="../../core/storage/SqlQuery.cpp" line="43"/>
        <source>lỗi cơ sở dữ liệu.</source>
        <translation>database error.</translation>
    </message>
    <message>
        <location filename="../../core/storage/SqlQuery.cpp" line="44"/>
        <source>Không thể %1: %2</source>
        <translation>Could not %1: %2</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../ui/people/UnitForm.cpp" line="18"/>
        <source>Viết tắt, không dấu cách: VP, TTR…</source>
        <translation>Short, without spaces: VP, TTR…</translation>
    </message>
    <message>
        <location filename="../../ui/people/UnitForm.cpp" line="23"/>
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <location filename="../../ui/people/UnitForm.cpp" line="24"/>
        <source>Mã:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../ui/people/UnitForm.cpp" line="25"/>
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <location filename="../../core/storage/UnitRepository.cpp" line="23"/>
        <source>đọc danh sách đơn vị</source>
        <translation>read the list of units</translation>
    </message>
    <message>
        <location filename="../../core/storage/UnitRepository.cpp" line="35"/>
        <source>kiểm tra trùng tên đơn vị</source>
        <translation>check for duplicate unit names</translation>
    </message>
    <message>
        <location filename="../../core/storage/UnitRepository.cpp" line="39"/>
        <source>Trường «Tên đơn vị»: đã có đơn vị «%1».</source>
        <translation>Field “Unit name”: unit “%1” already exists.</translation>
    </message>
    <message>
        <location filename="../../core/storage/UnitRepository.cpp" line="41"/>
        <source>Trường «Mã đơn vị»: mã «%1» đã được dùng cho đơn vị khác.</source>
        <translation>Field “Unit code”: code “%1” is used by another unit.</translation>
    </message>
    <message>
        <location filename="../../core/storage/UnitRepository.cpp" line="54"/>
        <source>thêm đơn vị</source>
        <translation>add the unit</translation>
    </message>
    <message>
        <location filename="../../core/storage/UnitRepository.cpp" line="64"/>
        <source>sửa đơn vị</source>
        <translation>change the unit</translation>
    </message>
    <message>
        <location filename="../../core/storage/UnitRepository.cpp" line="70"/>
        <source>kiểm tra cán bộ của đơn vị</source>
        <translation>check the unit’s people</translation>
    </message>
    <message>
        <location filename="../../core/storage/UnitRepository.cpp" line="73"/>
        <source>Không thể xóa đơn vị: còn %1 cán bộ thuộc đơn vị này. Hãy chuyển hoặc xóa họ trước.</source>
        <translation>Cannot delete the unit: %1 people still belong to it. Move or delete them first.</translation>
    </message>
    <message>
        <location filename="../../core/storage/UnitRepository.cpp" line="76"/>
        <source>xóa đơn vị</source>
        <translation>delete the unit</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <location filename="../../ui/people/UnitTableModel.cpp" line="38"/>
        <source>%1 (mẫu)</source>
        <translation>%1 (sample)</translation>
    </message>
    <message>
        <location filename="../../ui/people/UnitTableModel.cpp" line="54"/>
        <source>Dữ liệu mẫu: có thể xóa một lần bằng nút «Xóa dữ liệu mẫu».</source>
        <translation>Sample data: remove it all at once with “Delete sample data”.</translation>
    </message>
    <message>
        <location filename="../../ui/people/UnitTableModel.cpp" line="64"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../ui/people/UnitTableModel.cpp" line="66"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/people/UnitTableModel.cpp" line="68"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/people/UnitTableModel.cpp" line="70"/>
        <source>Số người</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="14"/>
        <source>Trường «%1»: %2</source>
        <translation>Field “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="20"/>
        <source>không được để trống.</source>
        <translation>must not be empty.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="22"/>
        <location filename="../../core/domain/Validation.cpp" line="29"/>
        <source>dài %1 ký tự, vượt quá giới hạn %2 ký tự.</source>
        <translation>is %1 characters long, over the limit of %2.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="45"/>
        <source>Đề cương kế hoạch</source>
        <translation>Plan outline</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="45"/>
        <source>sâu quá %1 cấp.</source>
        <translation>is deeper than %1 levels.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="47"/>
        <source>Tiêu đề mục</source>
        <translation>Section heading</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="50"/>
        <source>Nội dung đoạn trong mục «%1»</source>
        <translation>Paragraph text in section “%1”</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="65"/>
        <source>Cơ quan chủ quản</source>
        <translation>Parent authority</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="66"/>
        <source>Tên cơ quan</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="67"/>
        <source>Chữ viết tắt</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="68"/>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="73"/>
        <source>Họ và tên người ký</source>
        <translation>Signer’s full name</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="74"/>
        <source>Chức vụ người ký</source>
        <translation>Signer’s position</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="75"/>
        <source>Quyền hạn ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="80"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="81"/>
        <location filename="../../core/domain/Validation.cpp" line="84"/>
        <source>Mã đơn vị</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="84"/>
        <source>không được chứa dấu cách.</source>
        <translation>must not contain spaces.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="91"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="94"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="94"/>
        <source>chưa chọn đơn vị.</source>
        <translation>no unit chosen.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="97"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="100"/>
        <source>Năm sinh</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="101"/>
        <source>%1 nằm ngoài khoảng %2–%3.</source>
        <translation>%1 is outside %2–%3.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="111"/>
        <source>Tên đợt thi đua</source>
        <translation>Campaign name</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="112"/>
        <source>Trích yếu</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="115"/>
        <source>Ngày bắt đầu</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="115"/>
        <source>chưa nhập hoặc không hợp lệ.</source>
        <translation>missing or invalid.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="117"/>
        <source>Ngày kết thúc</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="117"/>
        <source>phải sau ngày bắt đầu.</source>
        <translation>must be after the start date.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="120"/>
        <source>Số văn bản</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="123"/>
        <source>Năm ban hành</source>
        <translation>Year of issue</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="123"/>
        <location filename="../../core/domain/Validation.cpp" line="125"/>
        <source>%1 không hợp lệ.</source>
        <translation>%1 is not valid.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="125"/>
        <source>Tháng ban hành</source>
        <translation>Month of issue</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="128"/>
        <location filename="../../core/domain/Validation.cpp" line="130"/>
        <source>Ngày ban hành</source>
        <translation>Day of issue</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="128"/>
        <source>cần có tháng khi đã có ngày.</source>
        <translation>needs a month when a day is given.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="130"/>
        <source>ngày %1 không có trong tháng %2.</source>
        <translation>day %1 does not exist in month %2.</translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="138"/>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <location filename="../../core/documents/writers/ZipArchive.cpp" line="18"/>
        <source>Không ghi được tệp «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/documents/writers/ZipArchive.cpp" line="27"/>
        <source>thư mục không tồn tại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/documents/writers/ZipArchive.cpp" line="61"/>
        <source>tệp cũ đang mở ở chương trình khác?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/documents/writers/ZipArchive.cpp" line="64"/>
        <source>không đổi tên được tệp tạm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="78"/>
        <source>Quản lý thi đua, khen thưởng.</source>
        <translation>Emulation and commendation management.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="81"/>
        <source>Tệp dữ liệu .thidua cần mở.</source>
        <translation>The .thidua database to open.</translation>
    </message>
</context>
</TS>
