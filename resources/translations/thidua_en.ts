<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AchievementReport</name>
    <message>
        <source>Không có đề nghị nào để lập báo cáo thành tích: danh sách chọn đang trống.</source>
        <translation>No proposals to make achievement reports for: the selection is empty.</translation>
    </message>
    <message>
        <source>Đã hủy: chưa ghi tệp «%1».</source>
        <translation>Cancelled: “%1” was not written.</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <source>&lt;h2&gt;Thông tin cơ quan&lt;/h2&gt;&lt;p&gt;Dùng cho phần đầu và phần ký của mọi văn bản ThiDua soạn ra.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Agency profile&lt;/h2&gt;&lt;p&gt;Used in the header and signature block of every document ThiDua writes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <source>Ví dụ: UBND TỈNH LAI CHÂU</source>
        <translation>For example: UBND TỈNH LAI CHÂU</translation>
    </message>
    <message>
        <source>Ví dụ: SỞ KHOA HỌC VÀ CÔNG NGHỆ</source>
        <translation>For example: SỞ KHOA HỌC VÀ CÔNG NGHỆ</translation>
    </message>
    <message>
        <source>Ví dụ: SKHCN (dùng trong số, ký hiệu văn bản)</source>
        <translation>For example: SKHCN (used in document numbers)</translation>
    </message>
    <message>
        <source>Ví dụ: Lai Châu</source>
        <translation>For example: Lai Châu</translation>
    </message>
    <message>
        <source>Cơ quan &amp;chủ quản:</source>
        <translation>&amp;Parent authority:</translation>
    </message>
    <message>
        <source>&amp;Tên cơ quan:</source>
        <translation>Agency &amp;name:</translation>
    </message>
    <message>
        <source>Chữ &amp;viết tắt:</source>
        <translation>&amp;Abbreviation:</translation>
    </message>
    <message>
        <source>Đị&amp;a danh:</source>
        <translation>P&amp;lace name:</translation>
    </message>
    <message>
        <source>&amp;Lưu thông tin cơ quan</source>
        <translation>&amp;Save agency profile</translation>
    </message>
    <message>
        <source>Lưu (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Người ký văn bản</source>
        <translation>Document signers</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Quyền hạn ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <source>Ví dụ: PHÓ GIÁM ĐỐC</source>
        <translation>For example: PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>Ví dụ: KT. GIÁM ĐỐC (để trống nếu ký trực tiếp)</source>
        <translation>For example: KT. GIÁM ĐỐC (leave blank when signing in person)</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Quyền hạn ký:</source>
        <translation>Signing authority:</translation>
    </message>
    <message>
        <source>Thêm mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Lưu người ký</source>
        <translation>Save signer</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Thông tin cơ quan</source>
        <translation>Agency profile</translation>
    </message>
    <message>
        <source>Thông tin cơ quan đã thay đổi nhưng chưa lưu. Lưu lại không?</source>
        <translation>The agency profile has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>Xóa người ký</source>
        <translation>Delete signer</translation>
    </message>
    <message>
        <source>Xóa người ký «%1»? Các kế hoạch đang chọn người này sẽ phải chọn lại người ký.</source>
        <translation>Delete signer “%1”? Plans that use this signer will need another one.</translation>
    </message>
    <message>
        <source>Không xóa được</source>
        <translation>Could not delete</translation>
    </message>
    <message>
        <source>Ví dụ: Sở Khoa học và Công nghệ (cách viết tên trong câu văn)</source>
        <translation>For example: Sở Khoa học và Công nghệ (the name as sentences write it)</translation>
    </message>
    <message>
        <source>Tên viết trong &amp;câu:</source>
        <translation>Name in &amp;sentences:</translation>
    </message>
    <message>
        <source>Câu chữ hồ sơ khen thưởng…</source>
        <translation>Paperwork wording…</translation>
    </message>
    <message>
        <source>Căn cứ pháp lý, nơi gửi, các điều của quyết định — theo quy chế của tỉnh</source>
        <translation>Legal basis, addressee, the decision’s articles — per the province’s rules</translation>
    </message>
    <message>
        <source>Tiền thưởng…</source>
        <translation>Reward money…</translation>
    </message>
    <message>
        <source>Mức lương cơ sở và hệ số tiền thưởng của từng hình thức (Điều 2 của quyết định)</source>
        <translation>Base salary and each award form&apos;s reward multiples (Article 2 of the decision)</translation>
    </message>
    <message>
        <source>Trình khen theo cấp…</source>
        <translation>Submission by award level…</translation>
    </message>
    <message>
        <source>Với mỗi cấp khen thưởng: Văn phòng hay cơ quan đứng tên Tờ trình, và ai ký</source>
        <translation>For each award level: whether the Office or the agency sends the submission, and who signs it</translation>
    </message>
    <message>
        <source>Hai cấp chủ quản (cơ quan trực thuộc một cơ quan khác): viết cách nhau bởi « / », mỗi cấp in một dòng ở góc trái văn bản.</source>
        <translation>Two governing bodies (an agency under another agency): separate them with “ / ”; each is printed on a line of its own at the top left of documents.</translation>
    </message>
</context>
<context>
    <name>AgencyRepository</name>
    <message>
        <source>đọc thông tin cơ quan</source>
        <translation>read the agency profile</translation>
    </message>
    <message>
        <source>lưu thông tin cơ quan</source>
        <translation>save the agency profile</translation>
    </message>
    <message>
        <source>đọc danh sách người ký</source>
        <translation>read the list of signers</translation>
    </message>
    <message>
        <source>thêm người ký</source>
        <translation>add the signer</translation>
    </message>
    <message>
        <source>sửa người ký</source>
        <translation>change the signer</translation>
    </message>
    <message>
        <source>xóa người ký</source>
        <translation>delete the signer</translation>
    </message>
</context>
<context>
    <name>AnnualCatalogueRepository</name>
    <message>
        <source>Trường «Áp dụng từ ngày»: chưa có ngày hợp lệ.</source>
        <translation>Field “Applies from”: no valid date yet.</translation>
    </message>
    <message>
        <source>Trường «Áp dụng đến ngày»: phải là ngày hợp lệ, không trước ngày bắt đầu áp dụng.</source>
        <translation>Field “Applies until”: must be a valid date, not before the first day it applies.</translation>
    </message>
    <message>
        <source>đọc kỳ xét thi đua</source>
        <translation>read the evaluation period</translation>
    </message>
    <message>
        <source>Trường «Năm học bắt đầu từ tháng»: phải từ tháng 2 đến tháng 12.</source>
        <translation>Field “School year starts in month”: must be from February to December.</translation>
    </message>
    <message>
        <source>đọc hồ sơ cơ quan</source>
        <translation>read the agency profile</translation>
    </message>
    <message>
        <source>Trường «Kỳ xét thi đua»: hãy lưu hồ sơ cơ quan trước.</source>
        <translation>Field “Evaluation period”: save the agency profile first.</translation>
    </message>
    <message>
        <source>lưu kỳ xét thi đua</source>
        <translation>save the evaluation period</translation>
    </message>
    <message>
        <source>đọc danh mục danh hiệu thi đua</source>
        <translation>read the catalogue of emulation titles</translation>
    </message>
    <message>
        <source>Trường «Tên danh hiệu»: không được để trống.</source>
        <translation>Field “Title name”: must not be empty.</translation>
    </message>
    <message>
        <source>Trường «Hệ số tiền thưởng»: phải từ 0 đến 100 lần mức lương cơ sở.</source>
        <translation>Field “Reward multiple”: must be from 0 to 100 times the base salary.</translation>
    </message>
    <message>
        <source>lưu danh hiệu «%1»</source>
        <translation>save the title “%1”</translation>
    </message>
    <message>
        <source>đọc quy định xét danh hiệu</source>
        <translation>read the titles’ rules</translation>
    </message>
    <message>
        <source>Trường «Giá trị»: phải từ 0 đến 100.</source>
        <translation>Field “Value”: must be from 0 to 100.</translation>
    </message>
    <message>
        <source>Trường «Căn cứ»: hãy ghi văn bản quy định giá trị này.</source>
        <translation>Field “Basis”: name the document that sets this value.</translation>
    </message>
    <message>
        <source>lưu quy định xét danh hiệu</source>
        <translation>save the title rule</translation>
    </message>
    <message>
        <source>xóa quy định xét danh hiệu</source>
        <translation>delete the title rule</translation>
    </message>
</context>
<context>
    <name>AnnualExplain</name>
    <message>
        <source>chưa xếp loại</source>
        <translation>not rated</translation>
    </message>
    <message>
        <source>từ %1 đến %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>Chưa có giá trị của quy định «%1» áp dụng cho %2: hãy bổ sung trong danh mục danh hiệu</source>
        <translation>No value of the rule “%1” applies to %2: add one in the title catalogue</translation>
    </message>
    <message>
        <source>Không trong thời gian bị xem xét kỷ luật, điều tra, thanh tra hay có đơn thư chưa giải quyết</source>
        <translation>Not under disciplinary review, investigation, inspection or an open complaint</translation>
    </message>
    <message>
        <source>Đang bị xem xét kỷ luật, điều tra, thanh tra hoặc có đơn thư chưa giải quyết (%1)</source>
        <translation>Under disciplinary review, investigation, inspection or an open complaint (%1)</translation>
    </message>
    <message>
        <source>Không bị kỷ luật trong %1</source>
        <translation>No disciplinary measure in %1</translation>
    </message>
    <message>
        <source>Bị kỷ luật (%1) trong %2</source>
        <translation>Disciplined (%1) in %2</translation>
    </message>
    <message>
        <source>Chưa có xếp loại %1</source>
        <translation>No rating for %1 yet</translation>
    </message>
    <message>
        <source>Xếp loại %1: %2</source>
        <translation>Rating for %1: %2</translation>
    </message>
    <message>
        <source>Xếp loại %1: %2, chưa đạt hoàn thành tốt nhiệm vụ trở lên</source>
        <translation>Rating for %1: %2, below “tasks completed well”</translation>
    </message>
    <message>
        <source>Đạt Lao động tiên tiến %1</source>
        <translation>Advanced Worker in %1</translation>
    </message>
    <message>
        <source>Chưa đạt Lao động tiên tiến %1</source>
        <translation>Not Advanced Worker in %1</translation>
    </message>
    <message>
        <source>Hoàn thành xuất sắc nhiệm vụ %1</source>
        <translation>Tasks completed excellently in %1</translation>
    </message>
    <message>
        <source>Không hoàn thành xuất sắc nhiệm vụ %1 (%2)</source>
        <translation>Tasks not completed excellently in %1 (%2)</translation>
    </message>
    <message>
        <source>Có %1 sáng kiến được công nhận %2</source>
        <translation>%1 initiative(s) recognised in %2</translation>
    </message>
    <message>
        <source>Không có sáng kiến được công nhận %1</source>
        <translation>No initiative recognised in %1</translation>
    </message>
    <message>
        <source>Có %1 đề tài, đề án, công trình khoa học được nghiệm thu %2</source>
        <translation>%1 research project(s) accepted in %2</translation>
    </message>
    <message>
        <source>Không có đề tài, đề án, công trình khoa học được nghiệm thu %1</source>
        <translation>No research project accepted in %1</translation>
    </message>
    <message>
        <source>Chưa đạt Chiến sĩ thi đua cơ sở %1, cần %2 năm liên tục</source>
        <translation>Not Grassroots Emulation Fighter in %1; %2 consecutive years needed</translation>
    </message>
    <message>
        <source>Đạt Chiến sĩ thi đua cơ sở %1 năm liên tục (%2)</source>
        <translation>Grassroots Emulation Fighter %1 years in a row (%2)</translation>
    </message>
    <message>
        <source>Mới đạt Chiến sĩ thi đua cơ sở %1 năm liên tục tính đến %2, cần %3 năm</source>
        <translation>Grassroots Emulation Fighter only %1 years in a row up to %2; %3 needed</translation>
    </message>
    <message>
        <source>Chưa đạt Chiến sĩ thi đua cấp tỉnh %1, cần %2 lần liên tục</source>
        <translation>Not Provincial Emulation Fighter in %1; %2 consecutive times needed</translation>
    </message>
    <message>
        <source>Đạt Chiến sĩ thi đua cấp tỉnh %1 lần liên tục (%2)</source>
        <translation>Provincial Emulation Fighter %1 times in a row (%2)</translation>
    </message>
    <message>
        <source>Mới đạt Chiến sĩ thi đua cấp tỉnh %1 lần liên tục tính đến %2, cần %3 lần</source>
        <translation>Provincial Emulation Fighter only %1 times in a row up to %2; %3 needed</translation>
    </message>
    <message>
        <source>Có %1 sáng kiến, đề tài có phạm vi ảnh hưởng cấp tỉnh trở lên (%2)</source>
        <translation>%1 initiative(s) or research of provincial reach or wider (%2)</translation>
    </message>
    <message>
        <source>Chưa có sáng kiến, đề tài có phạm vi ảnh hưởng cấp tỉnh trở lên (%1)</source>
        <translation>No initiative or research of provincial reach or wider (%1)</translation>
    </message>
    <message>
        <source>Có %1 sáng kiến, đề tài có phạm vi ảnh hưởng toàn quốc (%2)</source>
        <translation>%1 initiative(s) or research of national reach (%2)</translation>
    </message>
    <message>
        <source>Chưa có sáng kiến, đề tài có phạm vi ảnh hưởng toàn quốc (%1)</source>
        <translation>No initiative or research of national reach (%1)</translation>
    </message>
    <message>
        <source>Hoàn thành xuất sắc nhiệm vụ %1 năm liên tục (%2)</source>
        <translation>Tasks completed excellently %1 years in a row (%2)</translation>
    </message>
    <message>
        <source>Mới hoàn thành xuất sắc nhiệm vụ %1 năm liên tục tính đến %2, cần %3 năm</source>
        <translation>Tasks completed excellently only %1 years in a row up to %2; %3 needed</translation>
    </message>
    <message>
        <source>Có %1 sáng kiến, đề tài được công nhận (%2), cần %3</source>
        <translation>%1 initiatives or research recognised (%2); %3 needed</translation>
    </message>
    <message>
        <source>Mới có %1 sáng kiến, đề tài được công nhận (%2), cần %3</source>
        <translation>Only %1 initiatives or research recognised (%2); %3 needed</translation>
    </message>
    <message>
        <source>Tập thể chưa có xếp loại %1</source>
        <translation>The collective has no rating for %1 yet</translation>
    </message>
    <message>
        <source>Tập thể xếp loại %1: %2</source>
        <translation>Collective’s rating for %1: %2</translation>
    </message>
    <message>
        <source>Tập thể xếp loại %1: %2, chưa đạt hoàn thành tốt nhiệm vụ trở lên</source>
        <translation>Collective’s rating for %1: %2, below “tasks completed well”</translation>
    </message>
    <message>
        <source>Tập thể hoàn thành xuất sắc nhiệm vụ %1</source>
        <translation>The collective completed its tasks excellently in %1</translation>
    </message>
    <message>
        <source>Tập thể xếp loại %1: %2, chưa hoàn thành xuất sắc nhiệm vụ</source>
        <translation>Collective’s rating for %1: %2, not excellent</translation>
    </message>
    <message>
        <source>Tập thể không có thành viên nào trong %1</source>
        <translation>The collective has no members in %1</translation>
    </message>
    <message>
        <source>Cả %1 thành viên đã có xếp loại %2</source>
        <translation>All %1 members are rated for %2</translation>
    </message>
    <message>
        <source>Chưa có xếp loại %1: %2</source>
        <translation>Not rated for %1: %2</translation>
    </message>
    <message>
        <source>%1/%2 thành viên hoàn thành nhiệm vụ trở lên, cần %3%</source>
        <translation>%1/%2 members completed their tasks or better; %3% needed</translation>
    </message>
    <message>
        <source>Chưa hoàn thành</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>cần trên %1%</source>
        <translation>more than %1% needed</translation>
    </message>
    <message>
        <source>cần ít nhất %1%</source>
        <translation>at least %1% needed</translation>
    </message>
    <message>
        <source>%1/%2 thành viên đạt Lao động tiên tiến, %3</source>
        <translation>%1/%2 members Advanced Workers; %3</translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Có %1 thành viên đạt Chiến sĩ thi đua cơ sở (cần ít nhất %2)</source>
        <translation>%1 member(s) Grassroots Emulation Fighters (at least %2 needed)</translation>
    </message>
    <message>
        <source>Có %1 thành viên đạt Chiến sĩ thi đua cơ sở, cần ít nhất %2</source>
        <translation>%1 member(s) Grassroots Emulation Fighters; at least %2 needed</translation>
    </message>
    <message>
        <source>Không có thành viên bị kỷ luật từ cảnh cáo trở lên</source>
        <translation>No member disciplined with a warning or worse</translation>
    </message>
    <message>
        <source>%1 thành viên bị kỷ luật từ cảnh cáo trở lên (cho phép tối đa %2)</source>
        <translation>%1 member(s) disciplined with a warning or worse (at most %2 allowed)</translation>
    </message>
    <message>
        <source>%1 thành viên bị kỷ luật từ cảnh cáo trở lên, chỉ cho phép tối đa %2</source>
        <translation>%1 member(s) disciplined with a warning or worse; at most %2 allowed</translation>
    </message>
    <message>
        <source>Bị kỷ luật</source>
        <translation>Disciplined</translation>
    </message>
    <message>
        <source>Đạt Tập thể lao động xuất sắc %1</source>
        <translation>Excellent Collective in %1</translation>
    </message>
    <message>
        <source>Chưa đạt Tập thể lao động xuất sắc %1</source>
        <translation>Not Excellent Collective in %1</translation>
    </message>
    <message>
        <source>Dẫn đầu cụm, khối thi đua %1</source>
        <translation>Leads its emulation cluster in %1</translation>
    </message>
    <message>
        <source>Không dẫn đầu cụm, khối thi đua %1</source>
        <translation>Does not lead its emulation cluster in %1</translation>
    </message>
    <message>
        <source>Đạt tiêu chuẩn Cờ thi đua của UBND tỉnh %1; Hội đồng tỉnh chọn tập thể tiêu biểu xuất sắc</source>
        <translation>Meets the Provincial Emulation Flag standards in %1; the provincial council chooses the most outstanding</translation>
    </message>
    <message>
        <source>Chưa đạt tiêu chuẩn Cờ thi đua của UBND tỉnh %1</source>
        <translation>Does not meet the Provincial Emulation Flag standards in %1</translation>
    </message>
    <message>
        <source>theo hoàn thành xuất sắc nhiệm vụ</source>
        <translation>by excellent task completion</translation>
    </message>
    <message>
        <source>theo sáng kiến</source>
        <translation>by an initiative</translation>
    </message>
    <message>
        <source>theo đề tài, đề án, công trình khoa học</source>
        <translation>by research</translation>
    </message>
    <message>
        <source>theo Chiến sĩ thi đua cơ sở liên tục</source>
        <translation>by consecutive Grassroots Emulation Fighter titles</translation>
    </message>
    <message>
        <source>theo hoàn thành xuất sắc nhiệm vụ liên tục, có sáng kiến</source>
        <translation>by consecutive excellent years with initiatives</translation>
    </message>
    <message>
        <source>Đủ điều kiện</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Đủ điều kiện (%1)</source>
        <translation>Eligible (%1)</translation>
    </message>
    <message>
        <source>Chưa đủ điều kiện: %1</source>
        <translation>Not eligible: %1</translation>
    </message>
</context>
<context>
    <name>AnnualPage</name>
    <message>
        <source>&lt;span style=&apos;color:#146c43&apos;&gt;%1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#146c43&apos;&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#842029&apos;&gt;chưa đủ điều kiện&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#842029&apos;&gt;not eligible&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Một trong các cách:&lt;ul&gt;</source>
        <translation>&lt;li&gt;One of these routes:&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Thi đua hằng năm: kết quả cuối năm&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Annual emulation: year-end results&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Cá nhân</source>
        <translation>Individuals</translation>
    </message>
    <message>
        <source>Phòng, đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Năm xét:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Phím trong bảng: 1 = Hoàn thành xuất sắc · 2 = Hoàn thành tốt · 3 = Hoàn thành · 4 = Không hoàn thành nhiệm vụ · Delete = chưa xếp loại · Enter = dòng dưới. Danh hiệu được tính lại ngay theo quy định đang áp dụng cho năm xét.</source>
        <translation>Keys in the grid: 1 = excellent · 2 = well · 3 = completed · 4 = tasks not completed · Delete = not rated · Enter = next row. Titles are recomputed at once by the rules that apply to the year.</translation>
    </message>
    <message>
        <source>Kết quả năm của dòng đang chọn</source>
        <translation>The chosen row&apos;s year</translation>
    </message>
    <message>
        <source>(chưa xếp loại)</source>
        <translation>(not rated)</translation>
    </message>
    <message>
        <source>Đang bị xem xét kỷ luật, điều tra, thanh tra hoặc có đơn thư chưa giải quyết</source>
        <translation>Under disciplinary review, investigation, inspection or an open complaint</translation>
    </message>
    <message>
        <source>Dẫn đầu cụm, khối thi đua</source>
        <translation>Leads its emulation cluster</translation>
    </message>
    <message>
        <source>Xếp loại:</source>
        <translation>Rating:</translation>
    </message>
    <message>
        <source>Kỷ luật trong năm:</source>
        <translation>Discipline in the year:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Sáng kiến, danh hiệu các năm…</source>
        <translation>Initiatives, earlier titles…</translation>
    </message>
    <message>
        <source>Sáng kiến, đề tài và các danh hiệu đã được tặng của người đang chọn</source>
        <translation>The chosen person&apos;s initiatives, research and titles conferred</translation>
    </message>
    <message>
        <source>Thi đua hằng năm</source>
        <translation>Annual emulation</translation>
    </message>
    <message>
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Chưa có dòng nào: thêm đơn vị và cán bộ ở trang «Đơn vị &amp; cán bộ».</source>
        <translation>No rows yet: add units and people on the “Units &amp; people” page.</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Đăng ký đầu năm:</source>
        <translation>Registered:</translation>
    </message>
    <message>
        <source>(không đăng ký)</source>
        <translation>(not registered)</translation>
    </message>
    <message>
        <source>Danh hiệu, quy định xét…</source>
        <translation>Titles and rules…</translation>
    </message>
    <message>
        <source>Kỳ xét, danh mục danh hiệu và các con số trong tiêu chuẩn, với căn cứ và ngày áp dụng</source>
        <translation>The evaluation period, the title catalogue and the numbers in the standards, with their basis and dates</translation>
    </message>
    <message>
        <source>Biểu thống kê…</source>
        <translation>Statistics forms…</translation>
    </message>
    <message>
        <source>Biểu 0601.N, 0602.N, 0603.N gửi Sở Nội vụ cho năm xét: xem, in, xuất DOCX, PDF, Excel</source>
        <translation>Forms 0601.N, 0602.N, 0603.N for the Department of Home Affairs for the year: preview, print, export DOCX, PDF, Excel</translation>
    </message>
    <message>
        <source>Bản đăng ký…</source>
        <translation>Registration form…</translation>
    </message>
    <message>
        <source>Bản đăng ký thi đua của năm xét: của đơn vị đang lọc (hoặc dòng đang chọn), hoặc của cả cơ quan</source>
        <translation>The year&apos;s emulation registration: of the unit filtered (or the row chosen), or of the whole agency</translation>
    </message>
    <message>
        <source>cả cơ quan</source>
        <translation>the whole agency</translation>
    </message>
    <message>
        <source>Bản đăng ký thi đua %1 — %2</source>
        <translation>Emulation registration %1 — %2</translation>
    </message>
    <message>
        <source>Bình xét cuối năm…</source>
        <translation>Year-end review…</translation>
    </message>
    <message>
        <source>Lập danh sách đề nghị của năm xét từ các danh hiệu đủ điều kiện (chỉ thêm những đề nghị mới), rồi sang trang Đề nghị khen thưởng để Hội đồng bỏ phiếu, lập Biên bản, Tờ trình và Quyết định</source>
        <translation>Draw the year’s list of proposals from the titles due (only new ones are added), then go to the Award proposals page for the council’s vote, the minutes, the submission and the decision</translation>
    </message>
    <message>
        <source>Đề nghị ngoài tiêu chuẩn…</source>
        <translation>Propose outside the standards…</translation>
    </message>
    <message>
        <source>Đưa người hoặc đơn vị đang chọn vào danh sách bình xét của năm cho một danh hiệu, kèm lý do</source>
        <translation>Put the chosen person or unit on the year’s review list for a title, with a reason</translation>
    </message>
    <message>
        <source>Chưa lập được danh sách bình xét</source>
        <translation>Could not draw the review list</translation>
    </message>
    <message>
        <source>Danh sách bình xét %1 không có đề nghị mới (đã có %2 đề nghị).</source>
        <translation>The review list for %1 has no new proposals (%2 already listed).</translation>
    </message>
    <message>
        <source>Đã thêm %1 đề nghị vào danh sách bình xét %2 theo các danh hiệu đủ điều kiện (trước đó có %3 đề nghị).</source>
        <translation>Added %1 proposals to the review list for %2 from the titles due (%3 listed before).</translation>
    </message>
    <message>
        <source>Có trong danh sách nhưng nay chưa đủ điều kiện (hãy xem lại, chuyển «Không khen» kèm lý do nếu cần): %1.</source>
        <translation>Listed, but no longer eligible (check them; move to “Not awarded” with a reason if needed): %1.</translation>
    </message>
    <message>
        <source>Tiếp theo, ở trang Đề nghị khen thưởng: ghi cuộc họp Hội đồng, kết quả bỏ phiếu, lập Biên bản, Tờ trình và Quyết định.</source>
        <translation>Next, on the Award proposals page: record the council meeting and the votes, then make the minutes, the submission and the decision.</translation>
    </message>
    <message>
        <source>Bình xét cuối năm</source>
        <translation>Year-end review</translation>
    </message>
    <message>
        <source>Không đề nghị vì đã đề nghị Chiến sĩ thi đua cấp tỉnh cùng năm (một thành tích không khen hai lần): %1.</source>
        <translation>Not proposed, as they are proposed for Provincial Emulation Fighter the same year (one achievement is not rewarded twice): %1.</translation>
    </message>
</context>
<context>
    <name>AnnualReview</name>
    <message>
        <source>Danh hiệu này dành cho cá nhân, không đề nghị cho tập thể.</source>
        <translation>This title is for individuals, not for a collective.</translation>
    </message>
    <message>
        <source>Danh hiệu này dành cho tập thể, không đề nghị cho cá nhân.</source>
        <translation>This title is for collectives, not for an individual.</translation>
    </message>
    <message>
        <source>Danh hiệu không có trong danh mục danh hiệu thi đua.</source>
        <translation>The title is not in the title catalogue.</translation>
    </message>
</context>
<context>
    <name>AnnualReviewRepository</name>
    <message>
        <source>đọc đợt bình xét của năm</source>
        <translation>read the year’s review</translation>
    </message>
    <message>
        <source>đọc các đợt bình xét</source>
        <translation>read the reviews</translation>
    </message>
    <message>
        <source>ghi đợt bình xét của năm %1</source>
        <translation>record the review of %1</translation>
    </message>
    <message>
        <source>đọc danh sách bình xét</source>
        <translation>read the review list</translation>
    </message>
    <message>
        <source>Trường «Lý do»: cần ghi lý do khi thêm một đề nghị ngoài danh sách tính theo tiêu chuẩn.</source>
        <translation>Field “Reason”: a proposal added outside the list the standards give needs a reason.</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>ghi lý do đưa vào danh sách bình xét</source>
        <translation>record why a proposal is on the review list</translation>
    </message>
</context>
<context>
    <name>AnnualRulesDialog</name>
    <message>
        <source>(còn hiệu lực)</source>
        <translation>(in force)</translation>
    </message>
    <message>
        <source>Danh hiệu và quy định xét</source>
        <translation>Titles and rules</translation>
    </message>
    <message>
        <source>Các con số trong tiêu chuẩn danh hiệu là quy định có căn cứ và ngày áp dụng: khi có văn bản mới, thêm giá trị mới từ ngày văn bản có hiệu lực; các năm trước vẫn xét theo giá trị cũ.</source>
        <translation>The numbers in the titles&apos; standards are rules with a basis and dates: when a new text comes, add a new value from the day it takes effect; earlier years are still judged by the old value.</translation>
    </message>
    <message>
        <source>Kỳ xét thi đua</source>
        <translation>Evaluation period</translation>
    </message>
    <message>
        <source>Năm dương lịch</source>
        <translation>Calendar year</translation>
    </message>
    <message>
        <source>Năm học</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>bắt đầu từ tháng </source>
        <translation>starting in month </translation>
    </message>
    <message>
        <source>Lưu kỳ xét</source>
        <translation>Save period</translation>
    </message>
    <message>
        <source>Danh mục danh hiệu</source>
        <translation>Title catalogue</translation>
    </message>
    <message>
        <source>Danh hiệu</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tặng cho</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Người quyết định</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Hệ số thưởng</source>
        <translation>Reward multiple</translation>
    </message>
    <message>
        <source>Căn cứ</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source> lần mức lương cơ sở</source>
        <translation> × base salary</translation>
    </message>
    <message>
        <source>Người quyết định:</source>
        <translation>Decided by:</translation>
    </message>
    <message>
        <source>Tên danh hiệu:</source>
        <translation>Title name:</translation>
    </message>
    <message>
        <source>Căn cứ:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>Lưu danh hiệu</source>
        <translation>Save title</translation>
    </message>
    <message>
        <source>Quy định xét danh hiệu</source>
        <translation>Title rules</translation>
    </message>
    <message>
        <source>Quy định</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Văn bản quy định giá trị này, ví dụ: Nghị định số …/2026/NĐ-CP, Điều …</source>
        <translation>The text that sets this value, e.g. Nghị định số …/2026/NĐ-CP, Điều …</translation>
    </message>
    <message>
        <source>đến ngày</source>
        <translation>until</translation>
    </message>
    <message>
        <source>từ ngày</source>
        <translation>from</translation>
    </message>
    <message>
        <source>Quy định:</source>
        <translation>Rule:</translation>
    </message>
    <message>
        <source>Giá trị:</source>
        <translation>Value:</translation>
    </message>
    <message>
        <source>Lưu giá trị</source>
        <translation>Save value</translation>
    </message>
    <message>
        <source>Một giá trị mới khi ngày bắt đầu khác; cùng quy định và cùng ngày bắt đầu thì sửa giá trị đó</source>
        <translation>A new value when the first day differs; the same rule and first day change that value</translation>
    </message>
    <message>
        <source>Xóa giá trị đang chọn</source>
        <translation>Delete the chosen value</translation>
    </message>
    <message>
        <source>Cá nhân</source>
        <translation>Individuals</translation>
    </message>
    <message>
        <source>Tập thể</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Xóa giá trị</source>
        <translation>Delete value</translation>
    </message>
    <message>
        <source>Xóa giá trị %1 của «%2» (từ ngày %3)? Các năm nó áp dụng sẽ không còn giá trị nào nếu không có giá trị khác.</source>
        <translation>Delete the value %1 of “%2” (from %3)? The years it applies to will have no value unless another one applies.</translation>
    </message>
    <message>
        <source>Không xóa được</source>
        <translation>Could not delete</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>đọc bảng đánh giá tiêu chí</source>
        <translation>read the criteria checklists</translation>
    </message>
    <message>
        <source>Trường «%1»: quá dài.</source>
        <translation>Field “%1”: too long.</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>kiểm tra tiêu chí</source>
        <translation>check the criterion</translation>
    </message>
    <message>
        <source>Tiêu chí này không dùng để đánh giá %1.</source>
        <translation>This criterion is not for assessing %1.</translation>
    </message>
    <message>
        <source>tập thể</source>
        <translation>collectives</translation>
    </message>
    <message>
        <source>cá nhân</source>
        <translation>individuals</translation>
    </message>
    <message>
        <source>lưu đánh giá</source>
        <translation>save the assessment</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&lt;h2&gt;Nhật ký thay đổi&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Change log&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Mọi loại dữ liệu</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Tìm trong giá trị, trường, người dùng…</source>
        <translation>Search values, fields, users…</translation>
    </message>
    <message>
        <source>Xuất CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>đến:</source>
        <translation>to:</translation>
    </message>
    <message>
        <source>Xuất nhật ký thay đổi</source>
        <translation>Export the change log</translation>
    </message>
    <message>
        <source>Tệp CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Đã lưu %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>%1 thay đổi (mới nhất ở trên, tối đa %2)</source>
        <translation>%1 changes (newest first, at most %2)</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Đợt thi đua</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Đánh giá tiêu chí</source>
        <translation>Criteria assessment</translation>
    </message>
    <message>
        <source>Đề nghị khen thưởng</source>
        <translation>Award proposals</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mã viết tắt</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Dữ liệu mẫu</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Ngạch</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Trích yếu, thành tích</source>
        <translation>Summary, achievement</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Đơn vị tự đánh giá</source>
        <translation>Unit’s self-assessment</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Số phiếu đồng ý</source>
        <translation>Votes for</translation>
    </message>
    <message>
        <source>Số thành viên có mặt</source>
        <translation>Members present</translation>
    </message>
    <message>
        <source>Số thành viên Hội đồng</source>
        <translation>Council members</translation>
    </message>
    <message>
        <source>Hạn nộp báo cáo</source>
        <translation>Report deadline</translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>đọc nhật ký thay đổi</source>
        <translation>read the change log</translation>
    </message>
    <message>
        <source>(thêm mới)</source>
        <translation>(added)</translation>
    </message>
    <message>
        <source>(xóa)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Hình thức khen thưởng</source>
        <translation>Award form</translation>
    </message>
    <message>
        <source>Đơn vị đề nghị</source>
        <translation>Proposing unit</translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation>Issue day</translation>
    </message>
    <message>
        <source>Tháng ban hành</source>
        <translation>Issue month</translation>
    </message>
    <message>
        <source>Năm ban hành</source>
        <translation>Issue year</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Đánh số tiêu đề</source>
        <translation>Heading numbering</translation>
    </message>
    <message>
        <source>Tỷ lệ Hội đồng thông qua (%)</source>
        <translation>Council pass share (%)</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(chưa chọn)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>số %1 (đã xóa)</source>
        <translation>no. %1 (deleted)</translation>
    </message>
    <message>
        <source>Thời gian,Người dùng,Loại dữ liệu,Đối tượng,Trường,Giá trị cũ,Giá trị mới</source>
        <translation>Time,User,Kind of data,Record,Field,Old value,New value</translation>
    </message>
    <message>
        <source>Kết quả năm của cá nhân</source>
        <translation>A person&apos;s year</translation>
    </message>
    <message>
        <source>Kết quả năm của tập thể</source>
        <translation>A unit&apos;s year</translation>
    </message>
    <message>
        <source>Xếp loại</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Kỷ luật</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Đang bị xem xét</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Dẫn đầu cụm, khối</source>
        <translation>Leads its cluster</translation>
    </message>
    <message>
        <source>%1 — năm %2</source>
        <translation>%1 — year %2</translation>
    </message>
    <message>
        <source>Tỷ lệ tính trên</source>
        <translation>Share counted of</translation>
    </message>
    <message>
        <source>Bỏ phiếu kín</source>
        <translation>Secret ballot</translation>
    </message>
    <message>
        <source>Danh hiệu của cá nhân</source>
        <translation>Individual’s title</translation>
    </message>
    <message>
        <source>Danh hiệu của tập thể</source>
        <translation>Collective’s title</translation>
    </message>
    <message>
        <source>Sáng kiến, đề tài</source>
        <translation>Initiative, research</translation>
    </message>
    <message>
        <source>Đăng ký thi đua của cá nhân</source>
        <translation>Individual’s registration</translation>
    </message>
    <message>
        <source>Đăng ký thi đua của tập thể</source>
        <translation>Collective’s registration</translation>
    </message>
    <message>
        <source>Danh hiệu</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Tên sáng kiến, đề tài</source>
        <translation>Initiative or research title</translation>
    </message>
    <message>
        <source>Phạm vi ảnh hưởng</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>Cơ quan công nhận</source>
        <translation>Recognised by</translation>
    </message>
</context>
<context>
    <name>AwardDecisionRepository</name>
    <message>
        <source>đọc số, ngày quyết định khen thưởng</source>
        <translation>read the award decision number and date</translation>
    </message>
    <message>
        <source>Trường «Số quyết định» dài quá %1 ký tự.</source>
        <translation>Field “Decision number” is longer than %1 characters.</translation>
    </message>
    <message>
        <source>Trường «Số quyết định»: chỉ ghi số (ví dụ 15), phần «/QĐ-…» do chương trình thêm.</source>
        <translation>Field “Decision number”: type the number only (e.g. 15); the program adds “/QĐ-…”.</translation>
    </message>
    <message>
        <source>Trường «Ngày ký quyết định» không hợp lệ.</source>
        <translation>Field “Decision signing date” is not valid.</translation>
    </message>
    <message>
        <source>lưu số, ngày quyết định khen thưởng</source>
        <translation>save the award decision number and date</translation>
    </message>
</context>
<context>
    <name>AwardFormRepository</name>
    <message>
        <source>đọc danh mục hình thức khen thưởng</source>
        <translation>read the award forms</translation>
    </message>
    <message>
        <source>Trường «Tên hình thức khen thưởng»: không được để trống.</source>
        <translation>Field “Award form name”: must not be empty.</translation>
    </message>
    <message>
        <source>thêm hình thức khen thưởng</source>
        <translation>add the award form</translation>
    </message>
    <message>
        <source>Trường «Hệ số tiền thưởng»: phải lớn hơn 0 và không quá 100 lần mức lương cơ sở.</source>
        <translation>Field “Reward multiple”: must be above 0 and at most 100 times the base salary.</translation>
    </message>
    <message>
        <source>lưu hệ số tiền thưởng</source>
        <translation>save the reward multiples</translation>
    </message>
    <message>
        <source>đọc mức lương cơ sở</source>
        <translation>read the base salary</translation>
    </message>
    <message>
        <source>Trường «Áp dụng từ ngày»: chưa có ngày hợp lệ.</source>
        <translation>Field “Applies from”: no valid date yet.</translation>
    </message>
    <message>
        <source>Trường «Mức lương cơ sở»: phải là số đồng lớn hơn 0.</source>
        <translation>Field “Base salary”: must be an amount in đồng above 0.</translation>
    </message>
    <message>
        <source>lưu mức lương cơ sở</source>
        <translation>save the base salary</translation>
    </message>
    <message>
        <source>xóa mức lương cơ sở</source>
        <translation>delete the base salary</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Không tạo được bản sao lưu «%1».</source>
        <translation>Could not create the backup “%1”.</translation>
    </message>
    <message>
        <source>Không tạo được thư mục sao lưu «%1».</source>
        <translation>Could not create the backups folder “%1”.</translation>
    </message>
    <message>
        <source>không đọc được tệp.</source>
        <translation>the file cannot be read.</translation>
    </message>
    <message>
        <source>Tệp «%1» không phải là bản sao lưu ThiDua.</source>
        <translation>“%1” is not a ThiDua backup.</translation>
    </message>
    <message>
        <source>Bản sao lưu «%1» bị hỏng (kiểm tra toàn vẹn không đạt), không khôi phục từ bản này.</source>
        <translation>Backup “%1” is damaged (integrity check failed); it cannot be restored.</translation>
    </message>
    <message>
        <source>Bản sao lưu «%1» do phiên bản ThiDua mới hơn tạo ra.</source>
        <translation>Backup “%1” was made by a newer ThiDua.</translation>
    </message>
    <message>
        <source>Không giữ được bản hiện tại trước khi khôi phục.</source>
        <translation>Could not keep the current file before restoring.</translation>
    </message>
    <message>
        <source>Không thay được tệp dữ liệu bằng bản sao lưu; bản hiện tại vẫn còn ở «%1».</source>
        <translation>Could not replace the database with the backup; the current file is still kept at “%1”.</translation>
    </message>
    <message>
        <source>Bản sao lưu vừa tạo không đạt kiểm tra nên đã bị xóa (ổ đĩa đầy hoặc hỏng?). Dữ liệu đang mở không bị ảnh hưởng.</source>
        <translation>The backup just made failed its check and was deleted (disk full or failing?). The open data is not affected.</translation>
    </message>
    <message>
        <source>Không đặt được tên cho bản sao lưu «%1».</source>
        <translation>Could not give the backup its name “%1”.</translation>
    </message>
    <message>
        <source>tệp trống hoặc không phải tệp dữ liệu SQLite.</source>
        <translation>the file is empty or not a SQLite data file.</translation>
    </message>
    <message>
        <source>không đọc được các bảng dữ liệu.</source>
        <translation>its data tables cannot be read.</translation>
    </message>
</context>
<context>
    <name>BuiltInTemplate</name>
    <message>
        <source>Thiếu mẫu dữ liệu có sẵn trong chương trình.</source>
        <translation>The built-in template is missing from the program.</translation>
    </message>
    <message>
        <source>Mẫu dữ liệu có sẵn bị lỗi.</source>
        <translation>The built-in template is damaged.</translation>
    </message>
    <message>
        <source>kiểm tra dữ liệu</source>
        <translation>check the data</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <source>Tên đợt thi đua:</source>
        <translation>Campaign name:</translation>
    </message>
    <message>
        <source>Trích yếu (dòng dưới chữ KẾ HOẠCH):</source>
        <translation>Summary (the line under “KẾ HOẠCH”):</translation>
    </message>
    <message>
        <source>Hình thức tổ chức:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>đến ngày</source>
        <translation>until</translation>
    </message>
    <message>
        <source>Thời gian: từ ngày</source>
        <translation>Period: from</translation>
    </message>
    <message>
        <source>để trống, ghi tay khi vào sổ</source>
        <translation>leave blank, written in by hand at registration</translation>
    </message>
    <message>
        <source>ngày</source>
        <translation>day</translation>
    </message>
    <message>
        <source>tháng</source>
        <translation>month</translation>
    </message>
    <message>
        <source>năm</source>
        <translation>year</translation>
    </message>
    <message>
        <source>Số văn bản:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <source>Mỗi nơi nhận một dòng, không cần gạch đầu dòng và dấu chấm phẩy</source>
        <translation>One recipient per line, without dash or semicolon</translation>
    </message>
    <message>
        <source>Nơi nhận:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <source>Đánh số tiêu đề cấp %1:</source>
        <translation>Heading numbering, level %1:</translation>
    </message>
    <message>
        <source>(chưa chọn)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>trên </source>
        <translation>more than </translation>
    </message>
    <message>
        <source>Đề nghị được hội đồng thông qua khi số phiếu đồng ý nhiều hơn tỷ lệ này. Theo quy chế thi đua, khen thưởng của cơ quan (mặc định: trên 50 %).</source>
        <translation>The council passes a proposal when the votes for exceed this share. Set it from the agency’s rules (default: more than 50 %).</translation>
    </message>
    <message>
        <source>Hội đồng thông qua khi:</source>
        <translation>Council passes with:</translation>
    </message>
    <message>
        <source>Ví dụ: Triển khai Đợt thi đua chào mừng kỷ niệm … năm Ngày thành lập …</source>
        <translation>For example: Triển khai Đợt thi đua chào mừng kỷ niệm … năm Ngày thành lập …</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>số thành viên có mặt</source>
        <translation>the members present</translation>
    </message>
    <message>
        <source>tổng số thành viên Hội đồng</source>
        <translation>all members of the council</translation>
    </message>
    <message>
        <source>Tỷ lệ phiếu đồng ý tính trên số thành viên có mặt hay trên tổng số thành viên Hội đồng, theo quy chế của cơ quan.</source>
        <translation>Whether the share of votes in favour is of the members present or of the whole council, as the agency’s rules say.</translation>
    </message>
    <message>
        <source>Bỏ phiếu kín</source>
        <translation>Secret ballot</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>đọc danh sách đợt thi đua</source>
        <translation>read the list of campaigns</translation>
    </message>
    <message>
        <source>đọc đợt thi đua</source>
        <translation>read the campaign</translation>
    </message>
    <message>
        <source>Không tìm thấy đợt thi đua số %1.</source>
        <translation>Campaign %1 not found.</translation>
    </message>
    <message>
        <source>đọc hình thức khen thưởng của đợt</source>
        <translation>read the campaign’s award forms</translation>
    </message>
    <message>
        <source>đọc đề cương kế hoạch</source>
        <translation>read the plan outline</translation>
    </message>
    <message>
        <source>xóa mục khỏi đề cương</source>
        <translation>remove a section from the outline</translation>
    </message>
    <message>
        <source>đọc nội dung kế hoạch</source>
        <translation>read the plan text</translation>
    </message>
    <message>
        <source>lưu đợt thi đua</source>
        <translation>save the campaign</translation>
    </message>
    <message>
        <source>thêm đợt thi đua</source>
        <translation>add the campaign</translation>
    </message>
    <message>
        <source>lưu mục của kế hoạch</source>
        <translation>save a section of the plan</translation>
    </message>
    <message>
        <source>thêm mục vào kế hoạch</source>
        <translation>add a section to the plan</translation>
    </message>
    <message>
        <source>lưu nội dung kế hoạch</source>
        <translation>save the plan text</translation>
    </message>
    <message>
        <source>thêm nội dung vào kế hoạch</source>
        <translation>add text to the plan</translation>
    </message>
    <message>
        <source>lưu hình thức khen thưởng của đợt</source>
        <translation>save the campaign’s award forms</translation>
    </message>
    <message>
        <source>xóa đợt thi đua</source>
        <translation>delete the campaign</translation>
    </message>
    <message>
        <source>%1 (bản sao)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>đợt thi đua «%1»</source>
        <translation>campaign “%1”</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>&lt;h2&gt;Đợt thi đua và kế hoạch&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Campaigns and plans&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Đợt mới</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>Tạo từ đợt này</source>
        <translation>Copy this campaign</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Đề cương kế hoạch</source>
        <translation>Plan outline</translation>
    </message>
    <message>
        <source>Thông tin chung, ban hành</source>
        <translation>General and issuance</translation>
    </message>
    <message>
        <source>Hủy thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>&amp;Lưu đợt thi đua</source>
        <translation>&amp;Save campaign</translation>
    </message>
    <message>
        <source>Lưu (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Đợt thi đua</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>từ %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>Có thay đổi chưa lưu.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <source>Không lưu được đợt thi đua</source>
        <translation>Could not save the campaign</translation>
    </message>
    <message>
        <source>Bỏ mọi thay đổi chưa lưu của đợt thi đua này?</source>
        <translation>Discard all unsaved changes to this campaign?</translation>
    </message>
    <message>
        <source>Đợt thi đua «%1» có thay đổi chưa lưu. Lưu lại không?</source>
        <translation>Campaign “%1” has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>Không tạo được đợt thi đua</source>
        <translation>Could not create the campaign</translation>
    </message>
    <message>
        <source>Không sao chép được đợt thi đua</source>
        <translation>Could not copy the campaign</translation>
    </message>
    <message>
        <source>Xóa đợt thi đua</source>
        <translation>Delete campaign</translation>
    </message>
    <message>
        <source>Xóa hẳn đợt thi đua «%1» cùng toàn bộ kế hoạch của nó? Không thể hoàn tác.</source>
        <translation>Delete campaign “%1” and its whole plan for good? This cannot be undone.</translation>
    </message>
    <message>
        <source>Không xóa được đợt thi đua</source>
        <translation>Could not delete the campaign</translation>
    </message>
    <message>
        <source>Kế hoạch (xem trước, in, xuất)</source>
        <translation>Plan (preview, print, export)</translation>
    </message>
    <message>
        <source>Chưa mở cơ sở dữ liệu.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Nhập kế hoạch từ Word</source>
        <translation>Import a plan from Word</translation>
    </message>
    <message>
        <source>Văn bản Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Không nhập được kế hoạch</source>
        <translation>The plan could not be imported</translation>
    </message>
    <message>
        <source>Nhập kế hoạch</source>
        <translation>Import a plan</translation>
    </message>
    <message>
        <source>Từ tệp Word (.docx)…</source>
        <translation>From a Word file (.docx)…</translation>
    </message>
    <message>
        <source>Dán cả kế hoạch đã chép (Ctrl+C) từ Word, PDF, trang web</source>
        <translation>Paste a whole plan copied (Ctrl+C) from Word, a PDF or a web page</translation>
    </message>
    <message>
        <source>Dán kế hoạch</source>
        <translation>Paste a plan</translation>
    </message>
    <message>
        <source>Bộ nhớ tạm không có chữ: hãy chép (Ctrl+C) cả kế hoạch trước.</source>
        <translation>The clipboard holds no text: copy (Ctrl+C) the whole plan first.</translation>
    </message>
    <message>
        <source>Chưa có đợt thi đua nào. Lập kế hoạch mới theo mẫu Nghị định 30 (Đợt mới), hoặc nhập kế hoạch đã viết bằng Word (Nhập kế hoạch).</source>
        <translation>No campaign yet. Write a new plan in the Decree 30 format (New campaign), or import a plan written in Word (Import plan).</translation>
    </message>
</context>
<context>
    <name>CertificateLayout</name>
    <message>
        <source>Phôi Giấy khen A4 ngang</source>
        <translation>Certificate blank, A4 landscape</translation>
    </message>
    <message>
        <source>Người (tập thể) được khen</source>
        <translation>Recipient (person or collective)</translation>
    </message>
    <message>
        <source>Chức vụ, đơn vị</source>
        <translation>Position, unit</translation>
    </message>
    <message>
        <source>Thành tích</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <source>Số quyết định</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <source>Địa danh, ngày tháng</source>
        <translation>Place and date</translation>
    </message>
    <message>
        <source>Họ tên người ký</source>
        <translation>Signer’s name</translation>
    </message>
</context>
<context>
    <name>CertificateLayoutRepository</name>
    <message>
        <source>đọc mẫu phôi Giấy khen</source>
        <translation>read the certificate blank layouts</translation>
    </message>
    <message>
        <source>Trường «Tên mẫu phôi»: không được để trống.</source>
        <translation>Field “Layout name” must not be empty.</translation>
    </message>
    <message>
        <source>Trường «Tên mẫu phôi» dài quá %1 ký tự.</source>
        <translation>Field “Layout name” is longer than %1 characters.</translation>
    </message>
    <message>
        <source>lưu mẫu phôi Giấy khen</source>
        <translation>save the certificate blank layout</translation>
    </message>
    <message>
        <source>xóa mẫu phôi Giấy khen</source>
        <translation>delete the certificate blank layout</translation>
    </message>
</context>
<context>
    <name>CertificatePrinter</name>
    <message>
        <source>Trang căn chỉnh «%1» (%2 × %3 mm). Đặt trang này lên phôi, soi ngược sáng: khung cách mép phôi đúng 10 mm. Đo độ lệch rồi nhập vào «Lệch ngang / Lệch dọc» của máy in (sang phải, xuống dưới là số dương). Độ lệch đang dùng: %4, %5 mm.</source>
        <translation>Calibration page “%1” (%2 × %3 mm). Lay this page over a blank and hold both against the light: the frame is exactly 10 mm from the blank’s edges. Measure the offset and enter it as the printer’s “Horizontal / Vertical offset” (right and down are positive). Offset in use: %4, %5 mm.</translation>
    </message>
    <message>
        <source>Không mở được máy in hoặc tệp để in Giấy khen.</source>
        <translation>Could not open the printer or file to print the certificates.</translation>
    </message>
</context>
<context>
    <name>CertificateText</name>
    <message>
        <source>Khổ phôi %1 × %2 mm không hợp lệ: mỗi chiều từ 50 đến 600 mm.</source>
        <translation>Blank size %1 × %2 mm is not valid: each side must be 50 to 600 mm.</translation>
    </message>
    <message>
        <source>Mẫu phôi «%1» chưa có trường nào để in.</source>
        <translation>Layout “%1” has no field to print.</translation>
    </message>
    <message>
        <source>Trường «%1»: cỡ chữ %2 không hợp lệ (từ 6 đến 72).</source>
        <translation>Field “%1”: font size %2 is not valid (6 to 72).</translation>
    </message>
    <message>
        <source>Trường «%1»: độ rộng phải từ 5 mm trở lên.</source>
        <translation>Field “%1”: the width must be at least 5 mm.</translation>
    </message>
    <message>
        <source>Trường «%1» nằm ngoài phôi %2 × %3 mm (vị trí %4, %5; rộng %6 mm).</source>
        <translation>Field “%1” lies outside the %2 × %3 mm blank (position %4, %5; width %6 mm).</translation>
    </message>
    <message>
        <source>Không có Giấy khen nào để in.</source>
        <translation>There are no certificates to print.</translation>
    </message>
    <message>
        <source>Giấy khen của «%1»: trường «%2» rơi ra ngoài phôi (kể cả độ lệch của máy in %3, %4 mm). Hãy sửa vị trí hoặc độ rộng của trường.</source>
        <translation>Certificate of “%1”: field “%2” falls off the blank (with the printer offset %3, %4 mm). Correct the field’s position or width.</translation>
    </message>
    <message>
        <source>Chưa in được Giấy khen: trường «Số quyết định» đang trống. Hãy ghi số, ngày ký của quyết định khen thưởng trước.</source>
        <translation>Cannot print certificates yet: field “Decision number” is blank. Record the award decision’s number and signing date first.</translation>
    </message>
    <message>
        <source>Chưa in được Giấy khen: trường «Ngày ký quyết định» đang trống.</source>
        <translation>Cannot print certificates yet: field “Decision signing date” is blank.</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <source>In Giấy khen lên phôi</source>
        <translation>Print certificates on blanks</translation>
    </message>
    <message>
        <source>Mẫu phôi</source>
        <translation>Blank layout</translation>
    </message>
    <message>
        <source>Thêm mẫu</source>
        <translation>Add layout</translation>
    </message>
    <message>
        <source>Xóa mẫu</source>
        <translation>Delete layout</translation>
    </message>
    <message>
        <source>Mẫu:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>Tên mẫu &amp;phôi:</source>
        <translation>Layout &amp;name:</translation>
    </message>
    <message>
        <source>Khổ phôi (ngang × dọc):</source>
        <translation>Blank size (width × height):</translation>
    </message>
    <message>
        <source>Phông chữ:</source>
        <translation>Font:</translation>
    </message>
    <message>
        <source>Chọn ảnh quét…</source>
        <translation>Choose scan…</translation>
    </message>
    <message>
        <source>Bỏ ảnh</source>
        <translation>Remove scan</translation>
    </message>
    <message>
        <source>Ảnh quét phôi:</source>
        <translation>Scan of the blank:</translation>
    </message>
    <message>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Trái (mm)</source>
        <translation>Left (mm)</translation>
    </message>
    <message>
        <source>Dòng chữ (mm)</source>
        <translation>Baseline (mm)</translation>
    </message>
    <message>
        <source>Rộng (mm)</source>
        <translation>Width (mm)</translation>
    </message>
    <message>
        <source>Cỡ chữ</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Đậm</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Nghiêng</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Căn giữa</source>
        <translation>Centred</translation>
    </message>
    <message>
        <source>Vị trí tính từ góc trên bên trái của phôi: «Trái» là mép trái ô chữ, «Dòng chữ» là dòng kẻ chữ nằm lên. Chữ dài hơn ô được thu nhỏ, rồi xuống dòng, không bao giờ bị cắt.</source>
        <translation>Positions from the blank’s top-left corner: “Left” is the left edge of the text box, “Baseline” the line the text sits on. Text longer than its box is set smaller, then on more lines, never cut.</translation>
    </message>
    <message>
        <source>Máy in</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>(Tệp PDF)</source>
        <translation>(PDF file)</translation>
    </message>
    <message>
        <source>Máy in:</source>
        <translation>Printer:</translation>
    </message>
    <message>
        <source>Lệch ngang:</source>
        <translation>Horizontal offset:</translation>
    </message>
    <message>
        <source>Lệch dọc:</source>
        <translation>Vertical offset:</translation>
    </message>
    <message>
        <source>In trang &amp;căn chỉnh…</source>
        <translation>Print &amp;calibration page…</translation>
    </message>
    <message>
        <source>In khung cách mép 10 mm và dấu chữ thập ở từng trường, đặt lên phôi để đo độ lệch của máy in</source>
        <translation>Print a frame 10 mm from the edges and a cross at each field, to lay over a blank and measure the printer’s offset</translation>
    </message>
    <message>
        <source>Xem Giấy khen số:</source>
        <translation>Show certificate no.:</translation>
    </message>
    <message>
        <source>&amp;Lưu mẫu</source>
        <translation>&amp;Save layout</translation>
    </message>
    <message>
        <source>Xuất &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;In tất cả…</source>
        <translation>&amp;Print all…</translation>
    </message>
    <message>
        <source>%1 Giấy khen của quyết định sẽ được in, mỗi Giấy khen một phôi.</source>
        <translation>%1 certificates of the decision will be printed, one per blank.</translation>
    </message>
    <message>
        <source>Đang xem thử với dữ liệu mẫu.</source>
        <translation>Previewing with sample data.</translation>
    </message>
    <message>
        <source>&amp;In tất cả (%1)…</source>
        <translation>&amp;Print all (%1)…</translation>
    </message>
    <message>
        <source>Mẫu phôi mới %1</source>
        <translation>New layout %1</translation>
    </message>
    <message>
        <source>Xóa mẫu phôi</source>
        <translation>Delete layout</translation>
    </message>
    <message>
        <source>Xóa mẫu phôi «%1»?</source>
        <translation>Delete layout “%1”?</translation>
    </message>
    <message>
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Đã lưu %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>(chưa có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Bỏ dấu để không in trường này</source>
        <translation>Untick to leave this field unprinted</translation>
    </message>
    <message>
        <source>Ảnh quét phôi</source>
        <translation>Scan of the blank</translation>
    </message>
    <message>
        <source>Không đọc được ảnh «%1».</source>
        <translation>Could not read the image “%1”.</translation>
    </message>
    <message>
        <source>Ảnh quét phôi Giấy khen</source>
        <translation>Scan of the certificate blank</translation>
    </message>
    <message>
        <source>Ảnh (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Lưu mẫu phôi</source>
        <translation>Save layout</translation>
    </message>
    <message>
        <source>Đang ghi %1 Giấy khen…</source>
        <translation>Writing %1 certificates…</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Trang căn chỉnh</source>
        <translation>Calibration page</translation>
    </message>
    <message>
        <source>Giấy khen</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>In %1 Giấy khen</source>
        <translation>Print %1 certificates</translation>
    </message>
    <message>
        <source>Đang in %1 Giấy khen…</source>
        <translation>Printing %1 certificates…</translation>
    </message>
    <message>
        <source>In Giấy khen</source>
        <translation>Print certificates</translation>
    </message>
    <message>
        <source>Mẫu phôi đã sửa</source>
        <translation>Layout changed</translation>
    </message>
    <message>
        <source>Lưu các thay đổi của mẫu phôi «%1»?</source>
        <translation>Save the changes to layout “%1”?</translation>
    </message>
</context>
<context>
    <name>ChecklistDocument</name>
    <message>
        <source>Không tìm thấy đơn vị số %1.</source>
        <translation>Unit number %1 was not found.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Đơn vị tự đánh giá: %1</source>
        <translation>Unit’s own assessment: %1</translation>
    </message>
    <message>
        <source>chưa</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Ghi chú: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Minh chứng: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>Đơn vị, cá nhân</source>
        <translation>Unit or person</translation>
    </message>
    <message>
        <source>%1
(bắt buộc)</source>
        <translation>%1
(required)</translation>
    </message>
    <message>
        <source>%1. %2
%3
%4/%5 đạt</source>
        <translation>%1. %2
%3
%4/%5 met</translation>
    </message>
    <message>
        <source>(bắt buộc)</source>
        <translation>(required)</translation>
    </message>
    <message>
        <source>(không bắt buộc)</source>
        <translation>(optional)</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>&lt;h2&gt;Đánh giá tiêu chí thi đua&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Criteria assessment&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Phòng, đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Cá nhân</source>
        <translation>Individuals</translation>
    </message>
    <message>
        <source>Đợt:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <source>Ô đang chọn</source>
        <translation>Current cell</translation>
    </message>
    <message>
        <source>Số văn bản hoặc đường dẫn tệp</source>
        <translation>Document number or file path</translation>
    </message>
    <message>
        <source>Đơn vị tự đánh giá:</source>
        <translation>Unit’s own assessment:</translation>
    </message>
    <message>
        <source>Kết luận của Văn phòng:</source>
        <translation>Office’s conclusion:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Minh chứng:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>Lưu ô này</source>
        <translation>Save this cell</translation>
    </message>
    <message>
        <source>Đánh giá tiêu chí</source>
        <translation>Criteria assessment</translation>
    </message>
    <message>
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Chọn một ô tiêu chí trong bảng.</source>
        <translation>Choose a criterion cell in the grid.</translation>
    </message>
    <message>
        <source>Không lưu được đánh giá</source>
        <translation>Could not save the assessment</translation>
    </message>
    <message>
        <source>Phiếu đánh giá của đơn vị…</source>
        <translation>Unit checklist form…</translation>
    </message>
    <message>
        <source>Xem, in và xuất phiếu đánh giá tiêu chí của đơn vị ở dòng đang chọn</source>
        <translation>Preview, print and export the criteria checklist of the selected row’s unit</translation>
    </message>
    <message>
        <source>Phiếu đánh giá tiêu chí — %1</source>
        <translation>Criteria checklist — %1</translation>
    </message>
    <message>
        <source>Phím: Đ hoặc 1 = Đạt · K hoặc 0 = Chưa đạt · Delete = Chưa đánh giá · Dấu cách hoặc nhấp đúp = lần lượt. Kết luận của Văn phòng là kết quả được tính.</source>
        <translation>Keys: D or 1 = met · K or 0 = not met · Delete = not assessed · Space or double-click = next in turn. The Office’s conclusion is what counts.</translation>
    </message>
    <message>
        <source>Kế hoạch của đợt này chưa có tiêu chí cho cá nhân. Thêm tiêu chí vào phần tiêu chí cá nhân của kế hoạch (trang Đợt thi đua), rồi quay lại đánh giá.</source>
        <translation>This campaign&apos;s plan has no criteria for individuals. Add criteria to the plan&apos;s individual criteria part (Campaigns page), then come back to assess.</translation>
    </message>
    <message>
        <source>Kế hoạch của đợt này chưa có tiêu chí cho tập thể. Thêm tiêu chí vào phần tiêu chí tập thể của kế hoạch (trang Đợt thi đua), rồi quay lại đánh giá.</source>
        <translation>This campaign&apos;s plan has no criteria for collectives. Add criteria to the plan&apos;s collective criteria part (Campaigns page), then come back to assess.</translation>
    </message>
    <message>
        <source>Mở kế hoạch</source>
        <translation>Open the plan</translation>
    </message>
    <message>
        <source>Chưa có cán bộ nào để đánh giá. Thêm cán bộ của các đơn vị (hoặc nhập danh sách từ Excel).</source>
        <translation>No staff to assess yet. Add the units&apos; staff (or import the list from Excel).</translation>
    </message>
    <message>
        <source>Chưa có phòng, đơn vị nào để đánh giá. Thêm các đơn vị của cơ quan trước.</source>
        <translation>No units to assess yet. Add the agency&apos;s units first.</translation>
    </message>
    <message>
        <source>Mở trang Đơn vị &amp;&amp; cán bộ</source>
        <translation>Open Units &amp;&amp; people</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Tệp dữ liệu (.thidua).</source>
        <translation>Database file (.thidua).</translation>
    </message>
    <message>
        <source>tệp</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Thiếu --db TỆP.</source>
        <translation>Missing --db FILE.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp dữ liệu «%1».</source>
        <translation>Database file “%1” was not found.</translation>
    </message>
    <message>
        <source>Tệp: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Phiên bản lược đồ: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>Cơ quan: %1 — %2</source>
        <translation>Agency: %1 — %2</translation>
    </message>
    <message>
        <source>Số đơn vị: %1</source>
        <translation>Units: %1</translation>
    </message>
    <message>
        <source>Số cán bộ: %1</source>
        <translation>People: %1</translation>
    </message>
    <message>
        <source>Số đợt thi đua: %1</source>
        <translation>Campaigns: %1</translation>
    </message>
    <message>
        <source>Số của đợt thi đua.</source>
        <translation>Campaign number.</translation>
    </message>
    <message>
        <source>Tệp kết quả.</source>
        <translation>Output file.</translation>
    </message>
    <message>
        <source>Đã ghi %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>Số của đơn vị (phiếu đánh giá).</source>
        <translation>Unit number (checklist).</translation>
    </message>
    <message>
        <source>Dùng: thidua export checklist --db TỆP --campaign SỐ --unit SỐ --format docx|pdf --output TỆP</source>
        <translation>Usage: thidua export checklist --db FILE --campaign ID --unit ID --format docx|pdf --output FILE</translation>
    </message>
    <message>
        <source>Số của đề nghị (có thể nhắc lại).</source>
        <translation>Proposal number (may be repeated).</translation>
    </message>
    <message>
        <source>Tệp hoặc thư mục kết quả.</source>
        <translation>Output file or folder.</translation>
    </message>
    <message>
        <source>Bản chính thức của quyết định: từ chối khi chưa có số hoặc ngày ký.</source>
        <translation>Final print of the decision: refused while the number or signing date is missing.</translation>
    </message>
    <message>
        <source>Không có mẫu phôi Giấy khen tên «%1».</source>
        <translation>There is no certificate blank layout named “%1”.</translation>
    </message>
    <message>
        <source>Đã ghi %1 Giấy khen vào %2</source>
        <translation>Wrote %1 certificates to %2</translation>
    </message>
    <message>
        <source>Tên mẫu phôi Giấy khen.</source>
        <translation>Name of the certificate blank layout.</translation>
    </message>
    <message>
        <source>tên</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Lệch ngang của máy in (mm).</source>
        <translation>Printer’s horizontal offset (mm).</translation>
    </message>
    <message>
        <source>Lệch dọc của máy in (mm).</source>
        <translation>Printer’s vertical offset (mm).</translation>
    </message>
    <message>
        <source>Dùng: thidua export paperwork --db TỆP --campaign SỐ --kind to-trinh|danh-sach|bien-ban|bao-cao-thanh-tich|quyet-dinh|giay-khen [--proposal SỐ]… [--final] [--layout TÊN --nudge-x MM --nudge-y MM] --format docx|pdf --output TỆP</source>
        <translation>Usage: thidua export paperwork --db FILE --campaign ID --kind to-trinh|danh-sach|bien-ban|bao-cao-thanh-tich|quyet-dinh|giay-khen [--proposal ID]… [--final] [--layout NAME --nudge-x MM --nudge-y MM] --format docx|pdf --output FILE</translation>
    </message>
    <message>
        <source>Giấy khen in lên phôi: chỉ xuất --format pdf; --nudge-x, --nudge-y là số mm.</source>
        <translation>Certificates on blanks: only --format pdf; --nudge-x and --nudge-y are millimetres.</translation>
    </message>
    <message>
        <source>Dùng: thidua export %1 --db TỆP --campaign SỐ --format docx|pdf --output TỆP</source>
        <translation>Usage: thidua export %1 --db FILE --campaign ID --format docx|pdf --output FILE</translation>
    </message>
    <message>
        <source>Đã ghi %1 dòng vào %2</source>
        <translation>Wrote %1 rows to %2</translation>
    </message>
    <message>
        <source>--column «%1» không hợp lệ: cần TÊN=CỘT, ví dụ birthYear=F; các tên: %2.</source>
        <translation>--column “%1” is not valid: use NAME=COLUMN, e.g. birthYear=F; names: %2.</translation>
    </message>
    <message>
        <source>%1 sáng kiến, %2 mô hình, %3 cá nhân được khen</source>
        <translation>%1 initiatives, %2 models, %3 people commended</translation>
    </message>
    <message>
        <source>thêm</source>
        <translation>add</translation>
    </message>
    <message>
        <source>cập nhật</source>
        <translation>update</translation>
    </message>
    <message>
        <source>đã có, bỏ qua</source>
        <translation>already there, skipped</translation>
    </message>
    <message>
        <source>Tệp XLSX hoặc CSV cần nhập.</source>
        <translation>The XLSX or CSV file to import.</translation>
    </message>
    <message>
        <source>Cột cho một mục, ví dụ birthYear=F.</source>
        <translation>The column of a field, e.g. birthYear=F.</translation>
    </message>
    <message>
        <source>Chỉ kiểm tra, không ghi.</source>
        <translation>Check only, write nothing.</translation>
    </message>
    <message>
        <source>Dòng %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Dòng %1, cột %2: %3</source>
        <translation>Row %1, column %2: %3</translation>
    </message>
    <message>
        <source>Có %L1 lỗi; không ghi dòng nào vào tệp dữ liệu.</source>
        <translation>%L1 errors; no row was written to the data file.</translation>
    </message>
    <message>
        <source>Dòng %1: %2 — %3</source>
        <translation>Row %1: %2 — %3</translation>
    </message>
    <message>
        <source>Kiểm tra xong, không lỗi: sẽ thêm %L1, cập nhật %L2, bỏ qua %L3 đã có. Chưa ghi gì (--dry-run).</source>
        <translation>Checked, no errors: would add %L1, update %L2, skip %L3 already there. Nothing written (--dry-run).</translation>
    </message>
    <message>
        <source>Đã thêm %L1, cập nhật %L2, bỏ qua %L3 đã có.</source>
        <translation>Added %L1, updated %L2, skipped %L3 already there.</translation>
    </message>
    <message>
        <source>Bản sao lưu trước khi nhập: %1</source>
        <translation>Backup taken before the import: %1</translation>
    </message>
    <message>
        <source>Số của đơn vị; bỏ trống: mọi đơn vị.</source>
        <translation>The unit number; omitted: every unit.</translation>
    </message>
    <message>
        <source>Tệp (một đơn vị) hoặc thư mục (mọi đơn vị).</source>
        <translation>A file (one unit) or a folder (every unit).</translation>
    </message>
    <message>
        <source>đường dẫn</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Không tạo được thư mục «%1».</source>
        <translation>Could not create the folder “%1”.</translation>
    </message>
    <message>
        <source>Dùng: thidua export list units|people|assessments|proposals|awards --db TỆP [--campaign SỐ] --format xlsx|csv [--separator comma|semicolon|tab|system] --output TỆP</source>
        <translation>Usage: thidua export list units|people|assessments|proposals|awards --db FILE [--campaign ID] --format xlsx|csv [--separator comma|semicolon|tab|system] --output FILE</translation>
    </message>
    <message>
        <source>Thư mục kết quả.</source>
        <translation>Output folder.</translation>
    </message>
    <message>
        <source>thư mục</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Dùng: thidua export dossier --db TỆP --campaign SỐ [--proposal SỐ]… --output THƯ MỤC</source>
        <translation>Usage: thidua export dossier --db FILE --campaign ID [--proposal ID]… --output FOLDER</translation>
    </message>
    <message>
        <source>(không tiêu đề)</source>
        <translation>(untitled)</translation>
    </message>
    <message numerus="yes">
        <source> — %n đoạn</source>
        <translation>
            <numerusform> — %n paragraph</numerusform>
            <numerusform> — %n paragraphs</numerusform>
        </translation>
    </message>
    <message>
        <source>Kế hoạch (.docx).</source>
        <translation>The plan (.docx).</translation>
    </message>
    <message>
        <source>Chỉ đọc và báo, không ghi.</source>
        <translation>Only read and report; write nothing.</translation>
    </message>
    <message>
        <source>Kế hoạch: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Đã thêm đợt thi đua số %1.</source>
        <translation>Added campaign number %1.</translation>
    </message>
    <message>
        <source>Thay đề cương của đợt thi đua số này (mặc định: thêm đợt mới).</source>
        <translation>Replace the outline of the campaign with this number (default: add a new campaign).</translation>
    </message>
    <message>
        <source>số</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Thêm thành đợt mới (mặc định).</source>
        <translation>Add as a new campaign (the default).</translation>
    </message>
    <message>
        <source>Dùng: thidua import plan --db TỆP --input TỆP.docx [--campaign SỐ | --new] [--dry-run]</source>
        <translation>Usage: thidua import plan --db FILE --input FILE.docx [--campaign NUMBER | --new] [--dry-run]</translation>
    </message>
    <message>
        <source>Đã thay đề cương của đợt thi đua số %1 («%2»).</source>
        <translation>Replaced the outline of campaign %1 (“%2”).</translation>
    </message>
    <message>
        <source>Dùng: thidua import units|people|proposals|report-figures|registrations --db TỆP --input TỆP [--column TÊN=CỘT]… [--dry-run]</source>
        <translation>Usage: thidua import units|people|proposals|report-figures|registrations --db FILE --input FILE [--column NAME=COLUMN]… [--dry-run]</translation>
    </message>
    <message>
        <source>Năm đăng ký (mẫu registrations).</source>
        <translation>Registration year (registrations template).</translation>
    </message>
    <message>
        <source>Dùng: thidua export template proposals|report-figures --db TỆP --campaign SỐ [--unit SỐ] --output TỆP|THƯ MỤC
     thidua export template registrations --db TỆP --year NĂM [--unit SỐ] --output TỆP|THƯ MỤC</source>
        <translation>Usage: thidua export template proposals|report-figures --db FILE --campaign NUMBER [--unit NUMBER] --output FILE|FOLDER
     thidua export template registrations --db FILE --year YEAR [--unit NUMBER] --output FILE|FOLDER</translation>
    </message>
    <message>
        <source>Lệnh không hợp lệ. Dùng:
  thidua info --db TỆP
  thidua export plan --db TỆP --campaign SỐ --format docx|pdf --output TỆP
  thidua export checklist --db TỆP --campaign SỐ --unit SỐ --format docx|pdf --output TỆP
  thidua export final-report --db TỆP --campaign SỐ --format docx|pdf --output TỆP
  thidua export list units|people|assessments|proposals|awards --db TỆP [--campaign SỐ] --format xlsx|csv --output TỆP
  thidua export paperwork --db TỆP --campaign SỐ --kind to-trinh|danh-sach|bien-ban|bao-cao-thanh-tich|quyet-dinh|giay-khen --format docx|pdf --output TỆP
  thidua export dossier --db TỆP --campaign SỐ [--proposal SỐ]… --output THƯ MỤC
  thidua export template proposals|report-figures --db TỆP --campaign SỐ [--unit SỐ] --output TỆP|THƯ MỤC
  thidua export template registrations --db TỆP --year NĂM [--unit SỐ] --output TỆP|THƯ MỤC
  thidua export statistics --db TỆP --form 0601|0602|0603 --year NĂM --format docx|pdf|xlsx --output TỆP
  thidua export registration --db TỆP --year NĂM [--unit SỐ] --format docx|pdf --output TỆP
  thidua import units|people|proposals|report-figures|registrations --db TỆP --input TỆP [--column TÊN=CỘT]… [--dry-run]
  thidua import plan --db TỆP --input TỆP.docx [--dry-run]</source>
        <translation>Invalid command. Usage:
  thidua info --db FILE
  thidua export plan --db FILE --campaign ID --format docx|pdf --output FILE
  thidua export checklist --db FILE --campaign ID --unit ID --format docx|pdf --output FILE
  thidua export final-report --db FILE --campaign ID --format docx|pdf --output FILE
  thidua export list units|people|assessments|proposals|awards --db FILE [--campaign ID] --format xlsx|csv --output FILE
  thidua export paperwork --db FILE --campaign ID --kind to-trinh|danh-sach|bien-ban|bao-cao-thanh-tich|quyet-dinh|giay-khen --format docx|pdf --output FILE
  thidua export dossier --db FILE --campaign ID [--proposal ID]… --output FOLDER
  thidua export template proposals|report-figures --db FILE --campaign ID [--unit ID] --output FILE|FOLDER
  thidua export template registrations --db FILE --year YEAR [--unit ID] --output FILE|FOLDER
  thidua export statistics --db FILE --form 0601|0602|0603 --year YEAR --format docx|pdf|xlsx --output FILE
  thidua export registration --db FILE --year YEAR [--unit ID] --format docx|pdf --output FILE
  thidua import units|people|proposals|report-figures|registrations --db FILE --input FILE [--column NAME=COLUMN]… [--dry-run]
  thidua import plan --db FILE --input FILE.docx [--dry-run]</translation>
    </message>
</context>
<context>
    <name>CouncilMeetingRepository</name>
    <message>
        <source>đọc cuộc họp Hội đồng</source>
        <translation>read the council meeting</translation>
    </message>
    <message>
        <source>Trường «Thời gian họp»: chưa nhập hoặc không hợp lệ.</source>
        <translation>Field “Meeting time”: missing or invalid.</translation>
    </message>
    <message>
        <source>Trường «Chủ trì cuộc họp»: không được để trống.</source>
        <translation>Field “Chaired by”: must not be empty.</translation>
    </message>
    <message>
        <source>Trường «Thư ký cuộc họp»: không được để trống.</source>
        <translation>Field “Secretary”: must not be empty.</translation>
    </message>
    <message>
        <source>Trường «Thành viên có mặt»: chưa có ai.</source>
        <translation>Field “Members present”: nobody yet.</translation>
    </message>
    <message>
        <source>Một trường của cuộc họp dài quá %1 ký tự.</source>
        <translation>A field of the meeting is longer than %1 characters.</translation>
    </message>
    <message>
        <source>lưu cuộc họp Hội đồng</source>
        <translation>save the council meeting</translation>
    </message>
    <message>
        <source>Trường «Kết thúc lúc»: phải sau giờ bắt đầu họp (%1).</source>
        <translation>Field “Ended at”: must be after the meeting began (%1).</translation>
    </message>
</context>
<context>
    <name>CouncilRules</name>
    <message>
        <source>Trường «%1»: %2</source>
        <translation>Field “%1”: %2</translation>
    </message>
    <message>
        <source>Số thành viên hội đồng</source>
        <translation>Council members</translation>
    </message>
    <message>
        <source>phải lớn hơn 0.</source>
        <translation>must be more than 0.</translation>
    </message>
    <message>
        <source>Số thành viên có mặt</source>
        <translation>Members present</translation>
    </message>
    <message>
        <source>không được âm.</source>
        <translation>must not be negative.</translation>
    </message>
    <message>
        <source>%1 người, nhiều hơn số thành viên hội đồng (%2).</source>
        <translation>%1 people, more than the council has (%2).</translation>
    </message>
    <message>
        <source>Số phiếu đồng ý</source>
        <translation>Votes for</translation>
    </message>
    <message>
        <source>%1 phiếu, nhiều hơn số thành viên có mặt (%2).</source>
        <translation>%1 votes, more than the members present (%2).</translation>
    </message>
    <message>
        <source>%1/%2 thành viên có mặt đồng ý (hội đồng %3 người; cần trên %4%) — %5</source>
        <translation>%1 of %2 members present in favour (council of %3; more than %4% needed) — %5</translation>
    </message>
    <message>
        <source>đạt</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>không đạt</source>
        <translation>not passed</translation>
    </message>
    <message>
        <source>phiếu ghi %1 thành viên có mặt, cuộc họp ghi %2</source>
        <translation>the ballot counts %1 members present, the meeting lists %2</translation>
    </message>
    <message>
        <source>phiếu ghi hội đồng %1 người, cuộc họp ghi %2 có mặt và %3 vắng</source>
        <translation>the ballot counts a council of %1, the meeting lists %2 present and %3 absent</translation>
    </message>
    <message>
        <source>%1 phiếu đồng ý trên %2 thành viên hội đồng (%3 có mặt; cần trên %4%) — %5</source>
        <translation>%1 votes in favour of %2 council members (%3 present; more than %4% needed) — %5</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Tệp «%1» không phải là tệp CSV (văn bản): có byte 0 — có thể là tệp nhị phân bị đổi tên.</source>
        <translation>File “%1” is not a CSV (text) file: it holds a zero byte — perhaps a binary file renamed.</translation>
    </message>
    <message>
        <source>Tệp «%1» không ở mã UTF-8 (lỗi ở dòng %2). Trong Excel, hãy chọn Lưu thành → «CSV UTF-8 (Comma delimited)» rồi nhập lại.</source>
        <translation>File “%1” is not UTF-8 (error on line %2). In Excel, use Save As → “CSV UTF-8 (Comma delimited)” and import again.</translation>
    </message>
    <message>
        <source>Tệp «%1»: dấu ngoặc kép mở ở dòng %2 không được đóng.</source>
        <translation>File “%1”: the quote opened on line %2 is never closed.</translation>
    </message>
    <message>
        <source>Không mở được tệp «%1».</source>
        <translation>Could not open the file “%1”.</translation>
    </message>
    <message>
        <source>Tệp «%1» lớn quá %2 MB.</source>
        <translation>File “%1” is larger than %2 MB.</translation>
    </message>
    <message>
        <source>Tệp «%1» có ký tự UTF-16 hỏng.</source>
        <translation>The file “%1” holds a broken UTF-16 character.</translation>
    </message>
    <message>
        <source>Tệp «%1» dài hơn %L2 dòng, vượt quá giới hạn cho một lần nhập. Hãy chia thành nhiều tệp.</source>
        <translation>The file “%1” is longer than %L2 rows, over the limit for one import. Split it into several files.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Không mở được tệp «%1»: %2</source>
        <translation>Could not open “%1”: %2</translation>
    </message>
    <message>
        <source>không đọc được tệp (%1).</source>
        <translation>the file cannot be read (%1).</translation>
    </message>
    <message>
        <source>đây không phải là tệp dữ liệu ThiDua (không phải tệp SQLite).</source>
        <translation>this is not a ThiDua database (not an SQLite file).</translation>
    </message>
    <message>
        <source>tệp bị hỏng hoặc không đọc được.</source>
        <translation>the file is damaged or unreadable.</translation>
    </message>
    <message>
        <source>tệp bị hỏng (kiểm tra toàn vẹn không đạt).</source>
        <translation>the file is damaged (integrity check failed).</translation>
    </message>
    <message>
        <source>tệp SQLite này thuộc về một chương trình khác, không phải ThiDua.</source>
        <translation>this SQLite file belongs to another program, not ThiDua.</translation>
    </message>
    <message>
        <source>tệp được tạo bởi phiên bản ThiDua mới hơn (lược đồ %1, phiên bản này chỉ hiểu tới %2). Hãy cập nhật ThiDua.</source>
        <translation>the file comes from a newer ThiDua (schema %1; this version knows up to %2). Please update ThiDua.</translation>
    </message>
    <message>
        <source>không tạo được bản sao lưu trước khi nâng cấp.</source>
        <translation>could not save a backup copy before upgrading.</translation>
    </message>
    <message>
        <source>Chưa chọn tệp dữ liệu.</source>
        <translation>No database file chosen.</translation>
    </message>
    <message>
        <source>đây là một thư mục, không phải tệp.</source>
        <translation>this is a folder, not a file.</translation>
    </message>
    <message>
        <source>không tạo được thư mục «%1».</source>
        <translation>could not create the folder “%1”.</translation>
    </message>
    <message>
        <source>không mở được để ghi.</source>
        <translation>it cannot be opened for writing.</translation>
    </message>
    <message>
        <source>Lỗi cơ sở dữ liệu khi thực hiện: %1</source>
        <translation>Database error while running: %1</translation>
    </message>
    <message>
        <source>Thiếu tệp nâng cấp dữ liệu %1.</source>
        <translation>Upgrade script %1 is missing.</translation>
    </message>
    <message>
        <source>Không nâng cấp được dữ liệu lên phiên bản %1.</source>
        <translation>Could not upgrade the data to version %1.</translation>
    </message>
    <message>
        <source>Bản sao phải được lưu vào một tệp khác với tệp đang mở.</source>
        <translation>The copy must go to another file than the one open.</translation>
    </message>
    <message>
        <source>Không lưu được bản sao vào «%1».</source>
        <translation>Could not save the copy to “%1”.</translation>
    </message>
    <message>
        <source>Không ghi đè được tệp «%1».</source>
        <translation>Could not overwrite “%1”.</translation>
    </message>
    <message>
        <source>Không đổi tên được bản sao thành «%1».</source>
        <translation>Could not rename the copy to “%1”.</translation>
    </message>
    <message>
        <source>ghi tên người dùng cho nhật ký thay đổi</source>
        <translation>record the user name for the change log</translation>
    </message>
    <message>
        <source>tệp ở phiên bản cũ (lược đồ %1): hãy mở bằng ThiDua một lần để nâng cấp.</source>
        <translation>the file is from an older version (schema %1): open it once in ThiDua to upgrade it.</translation>
    </message>
    <message>
        <source>không tìm thấy tệp.</source>
        <translation>the file was not found.</translation>
    </message>
    <message>
        <source>không mở được để đọc.</source>
        <translation>it cannot be opened for reading.</translation>
    </message>
    <message>
        <source>Tệp đang mở chỉ để xem: không lưu được thay đổi. Hãy mở lại tệp khi không còn ai khác đang sửa nó.</source>
        <translation>The file is open only to look at: changes cannot be saved. Open the file again when nobody else is editing it.</translation>
    </message>
    <message>
        <source>tệp phụ «%1» bên cạnh nó chỉ cho đọc. Khi không ai mở tệp dữ liệu, hãy xóa tệp phụ đó rồi mở lại.</source>
        <translation>the helper file “%1” beside it is read-only. When nobody has the data file open, delete that helper file and open again.</translation>
    </message>
    <message>
        <source>không đọc được tệp để kiểm tra toàn vẹn.</source>
        <translation>the file could not be read for the integrity check.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Quyết định khen thưởng</source>
        <translation>Award decision</translation>
    </message>
    <message>
        <source>&amp;Số quyết định:</source>
        <translation>Decision &amp;number:</translation>
    </message>
    <message>
        <source>Đã &amp;ký ngày:</source>
        <translation>&amp;Signed on:</translation>
    </message>
    <message>
        <source>&amp;Bản chính thức</source>
        <translation>&amp;Final print</translation>
    </message>
    <message>
        <source>Bản chính thức cần số và ngày ký; bản nháp để trống chỗ ghi tay.</source>
        <translation>The final print needs the number and signing date; a draft leaves room to write them by hand.</translation>
    </message>
    <message>
        <source>In &amp;Giấy khen…</source>
        <translation>Print &amp;certificates…</translation>
    </message>
    <message>
        <source>In họ tên, đơn vị, số và ngày quyết định lên phôi Giấy khen in sẵn</source>
        <translation>Print name, unit, decision number and date onto pre-printed certificate blanks</translation>
    </message>
</context>
<context>
    <name>DocumentIssueEditor</name>
    <message>
        <source>để trống: ghi tay</source>
        <translation>blank: written by hand</translation>
    </message>
    <message>
        <source>Bỏ chọn để để trống ngày, tháng (ghi tay khi đăng ký văn bản)</source>
        <translation>Untick to leave the day and month blank (written by hand when the document is registered)</translation>
    </message>
    <message>
        <source>Số đăng ký của văn bản, ví dụ 15 hoặc 15/QĐ-SKHCN (phần ký hiệu sau dấu «/» do chương trình in)</source>
        <translation>The document&apos;s registry number, e.g. 15 or 15/QĐ-SKHCN (the symbol after «/» is printed by the program)</translation>
    </message>
    <message>
        <source>Ký hiệu «%1» khác ký hiệu của văn bản này («%2»). Văn bản sẽ in «%3/%2»; hãy kiểm tra lại số đã lấy ở sổ văn bản.</source>
        <translation>The symbol «%1» is not this document’s own («%2»). The document will print «%3/%2»; check the number taken from the register.</translation>
    </message>
</context>
<context>
    <name>DocumentIssueRepository</name>
    <message>
        <source>Số tờ trình</source>
        <translation>Submission number</translation>
    </message>
    <message>
        <source>Số báo cáo</source>
        <translation>Report number</translation>
    </message>
    <message>
        <source>đọc số, ngày văn bản</source>
        <translation>read the document’s number and date</translation>
    </message>
    <message>
        <source>Trường «%1»: ghi số đăng ký của văn bản (ví dụ 15 hoặc 15/TTr-VP), không phải «%2».</source>
        <translation>Field “%1”: enter the document’s registry number (e.g. 15 or 15/TTr-VP), not “%2”.</translation>
    </message>
    <message>
        <source>Trường «Ngày» của văn bản không hợp lệ.</source>
        <translation>The document’s “Date” field is not valid.</translation>
    </message>
    <message>
        <source>lưu số, ngày văn bản</source>
        <translation>save the document’s number and date</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Xuất DOCX…</source>
        <translation>Export DOCX…</translation>
    </message>
    <message>
        <source>Xuất PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Phóng to</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Thu nhỏ</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Không xuất được</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <source>Xuất văn bản Word</source>
        <translation>Export Word document</translation>
    </message>
    <message>
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Văn bản Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Đã lưu %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <source>In văn bản</source>
        <translation>Print document</translation>
    </message>
</context>
<context>
    <name>DocxReader</name>
    <message>
        <source>Tệp «%1» không phải là văn bản Word (.docx) hợp lệ hoặc đã bị hỏng.</source>
        <translation>File “%1” is not a valid Word document (.docx), or it is damaged.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp «%1».</source>
        <translation>File “%1” not found.</translation>
    </message>
    <message>
        <source>quá %L1 đoạn văn</source>
        <translation>more than %L1 paragraphs</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>Không tạo được thư mục «%1».</source>
        <translation>Could not create the folder “%1”.</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục «%1».</source>
        <translation>Could not write into the folder “%1”.</translation>
    </message>
    <message>
        <source>Không đọc lại được tệp «%1».</source>
        <translation>Could not read back the file “%1”.</translation>
    </message>
    <message>
        <source>Đã hủy: chưa ghi hồ sơ.</source>
        <translation>Cancelled: no dossier was written.</translation>
    </message>
    <message>
        <source>Không thay được thư mục hồ sơ cũ «%1» (có tệp đang mở?).</source>
        <translation>Could not replace the earlier dossier folder “%1” (is a file in it open?).</translation>
    </message>
    <message>
        <source>Không thay được tệp «%1» (đang mở?).</source>
        <translation>Could not replace the file “%1” (is it open?).</translation>
    </message>
    <message>
        <source>Không ghi được thư mục «%1».</source>
        <translation>Could not write the folder “%1”.</translation>
    </message>
    <message>
        <source>Không ghi được tệp «%1».</source>
        <translation>Could not write the file “%1”.</translation>
    </message>
</context>
<context>
    <name>DossierJob</name>
    <message>
        <source>Hồ sơ đề nghị khen thưởng</source>
        <translation>Award nomination dossier</translation>
    </message>
    <message>
        <source>Đang lập hồ sơ (%1 tệp)…</source>
        <translation>Making the dossier (%1 files)…</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đã lập hồ sơ (mỗi nơi quyết định một thư mục và một tệp ZIP):
%1</source>
        <translation>Dossier made (a folder and a ZIP file for each deciding authority):
%1</translation>
    </message>
    <message>
        <source>Chọn thư mục lưu hồ sơ đề nghị</source>
        <translation>Choose the folder for the nomination dossier</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>«%1» chỉ dành cho cá nhân, không xét cho tập thể.</source>
        <translation>“%1” is for individuals only, not for collectives.</translation>
    </message>
    <message>
        <source>«%1» chỉ dành cho tập thể, không xét cho cá nhân.</source>
        <translation>“%1” is for collectives only, not for individuals.</translation>
    </message>
    <message>
        <source>chưa đánh giá</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>chưa đạt</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>Chưa đạt %1 tiêu chí bắt buộc: %2</source>
        <translation>%1 required criteria not met: %2</translation>
    </message>
    <message>
        <source>Đã có một đề nghị khác cùng hình thức khen thưởng cho đối tượng này trong đợt (số %1, «%2»).</source>
        <translation>Another proposal of the same award form for this nominee is open in the campaign (number %1, “%2”).</translation>
    </message>
    <message>
        <source>«%1» không thuộc đơn vị nào của cơ quan.</source>
        <translation>“%1” belongs to no unit of the agency.</translation>
    </message>
</context>
<context>
    <name>EvaluationPeriod</name>
    <message>
        <source>năm %1</source>
        <translation>year %1</translation>
    </message>
    <message>
        <source>năm học %1 - %2</source>
        <translation>school year %1 - %2</translation>
    </message>
</context>
<context>
    <name>FinalReport</name>
    <message>
        <source>Đợt thi đua «%1» chưa chọn người ký. Hãy chọn ở thẻ «Thông tin chung, ban hành».</source>
        <translation>Campaign “%1” has no signer yet. Choose one on the “General, issuance” tab.</translation>
    </message>
</context>
<context>
    <name>FinalReportDialog</name>
    <message>
        <source>Báo cáo tổng kết đợt thi đua</source>
        <translation>Campaign final report</translation>
    </message>
    <message>
        <source>Viết các phần nhận xét; số liệu và danh sách được tính lại từ báo cáo của các đơn vị và các đề nghị mỗi khi xem, in hoặc xuất.</source>
        <translation>Write the assessment parts; figures and lists are computed afresh from the units’ reports and the proposals whenever the report is previewed, printed or exported.</translation>
    </message>
    <message>
        <source>Để trống: dùng câu mặc định (đang hiện mờ)</source>
        <translation>Leave empty to use the default sentence (shown greyed)</translation>
    </message>
    <message>
        <source>Mỗi ý một dòng</source>
        <translation>One point per line</translation>
    </message>
    <message>
        <source>I. Công tác triển khai:</source>
        <translation>I. Deployment:</translation>
    </message>
    <message>
        <source>III.1. Ưu điểm:</source>
        <translation>III.1. Strengths:</translation>
    </message>
    <message>
        <source>III.2. Tồn tại, hạn chế:</source>
        <translation>III.2. Shortcomings:</translation>
    </message>
    <message>
        <source>IV. Đề xuất, kiến nghị:</source>
        <translation>IV. Recommendations:</translation>
    </message>
    <message>
        <source>Báo cáo tổng kết</source>
        <translation>Final report</translation>
    </message>
    <message>
        <source>Báo cáo &amp;số:</source>
        <translation>Report &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Ngày:</source>
        <translation>&amp;Date:</translation>
    </message>
</context>
<context>
    <name>FinalReportRepository</name>
    <message>
        <source>đọc báo cáo tổng kết</source>
        <translation>read the final report</translation>
    </message>
    <message>
        <source>Công tác triển khai</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Ưu điểm</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Tồn tại, hạn chế</source>
        <translation>Shortcomings</translation>
    </message>
    <message>
        <source>Đề xuất, kiến nghị</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Trường «%1» dài quá %2 ký tự.</source>
        <translation>Field “%1” is longer than %2 characters.</translation>
    </message>
    <message>
        <source>lưu báo cáo tổng kết</source>
        <translation>save the final report</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Hướng dẫn sử dụng ThiDua</source>
        <translation>ThiDua user guide</translation>
    </message>
    <message>
        <source>Tìm trong hướng dẫn (Ctrl+F, Enter: tìm tiếp)</source>
        <translation>Search the guide (Ctrl+F, Enter: find next)</translation>
    </message>
    <message>
        <source>&amp;Tìm:</source>
        <translation>&amp;Find:</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>Không tìm thấy dòng tiêu đề nào trong 20 dòng đầu.</source>
        <translation>No header row was found in the first 20 rows.</translation>
    </message>
    <message>
        <source>Các cột trong tệp: %1.</source>
        <translation>Columns in the file: %1.</translation>
    </message>
    <message>
        <source>Thiếu cột %1. %2 Hãy chọn cột tương ứng hoặc sửa dòng tiêu đề trong tệp.</source>
        <translation>Missing column %1. %2 Choose the matching column or correct the header row in the file.</translation>
    </message>
    <message>
        <source>Cột %1 được chọn cho cả «%2» và «%3»; mỗi cột chỉ dùng cho một mục.</source>
        <translation>Column %1 is chosen for both “%2” and “%3”; a column can serve one field only.</translation>
    </message>
    <message>
        <source>«%1» để trống.</source>
        <translation>“%1” is empty.</translation>
    </message>
    <message>
        <source>dài %L1 ký tự, vượt quá giới hạn %L2 ký tự.</source>
        <translation>is %L1 characters long, over the limit of %L2.</translation>
    </message>
    <message>
        <source>«%1» không phải là một số nguyên không âm.</source>
        <translation>“%1” is not a whole number of zero or more.</translation>
    </message>
    <message>
        <source>«%1» không phải là ngày; ghi theo dạng ngày/tháng/năm, ví dụ 15/12/2025.</source>
        <translation>“%1” is not a date; write day/month/year, e.g. 15/12/2025.</translation>
    </message>
    <message>
        <source>Có %1 cột cùng là «%2»: %3. Hãy đổi tên hoặc xóa cột thừa trong tệp rồi đọc lại.</source>
        <translation>%1 columns are all “%2”: %3. Rename or delete the extra column in the file, then read it again.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Cột %1: %2</source>
        <translation>Column %1: %2</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Không ghi</source>
        <translation>Not written</translation>
    </message>
    <message>
        <source>Thêm mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Cập nhật</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Đã có, bỏ qua</source>
        <translation>Already there, skipped</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Văn phòng</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Thanh tra</source>
        <translation>Inspectorate</translation>
    </message>
    <message>
        <source>Phòng chuyên môn</source>
        <translation>Specialised division</translation>
    </message>
    <message>
        <source>Đơn vị sự nghiệp</source>
        <translation>Public service unit</translation>
    </message>
    <message>
        <source>Công chức</source>
        <translation>Civil servant</translation>
    </message>
    <message>
        <source>Viên chức</source>
        <translation>Public employee</translation>
    </message>
    <message>
        <source>Người lao động</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nhà nước</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Chính phủ</source>
        <translation>Government</translation>
    </message>
    <message>
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Thường xuyên</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Theo đợt, chuyên đề</source>
        <translation>Periodic or thematic</translation>
    </message>
    <message>
        <source>Không đánh số</source>
        <translation>No numbering</translation>
    </message>
    <message>
        <source>I., II., III.</source>
        <translation>I., II., III.</translation>
    </message>
    <message>
        <source>1., 2., 3.</source>
        <translation>1., 2., 3.</translation>
    </message>
    <message>
        <source>a), b), c)</source>
        <translation>a), b), c)</translation>
    </message>
    <message>
        <source>Gạch đầu dòng (-)</source>
        <translation>Dash (-)</translation>
    </message>
    <message>
        <source>Dấu cộng (+)</source>
        <translation>Plus (+)</translation>
    </message>
    <message>
        <source>Văn bản tự do</source>
        <translation>Free text</translation>
    </message>
    <message>
        <source>Tiêu chí cho phòng, đơn vị</source>
        <translation>Criteria for units</translation>
    </message>
    <message>
        <source>Tiêu chí cho cá nhân</source>
        <translation>Criteria for individuals</translation>
    </message>
    <message>
        <source>Hình thức khen thưởng</source>
        <translation>Award forms</translation>
    </message>
    <message>
        <source>Đoạn văn</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Mục liệt kê</source>
        <translation>List item</translation>
    </message>
    <message>
        <source>Căn cứ (in nghiêng)</source>
        <translation>Basis (italic)</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Chưa đánh giá</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>1.1., 1.2. (kèm số mục trên)</source>
        <translation>1.1., 1.2. (with the number above)</translation>
    </message>
    <message>
        <source>Phụ lục (in sau chữ ký, trang riêng)</source>
        <translation>Annex (printed after the signature, on pages of its own)</translation>
    </message>
    <message>
        <source>Dòng bảng</source>
        <translation>Table row</translation>
    </message>
    <message>
        <source>Lao động tiên tiến</source>
        <translation>Advanced Worker</translation>
    </message>
    <message>
        <source>Chiến sĩ thi đua cơ sở</source>
        <translation>Grassroots Emulation Fighter</translation>
    </message>
    <message>
        <source>Chiến sĩ thi đua cấp tỉnh</source>
        <translation>Provincial Emulation Fighter</translation>
    </message>
    <message>
        <source>Chiến sĩ thi đua toàn quốc</source>
        <translation>National Emulation Fighter</translation>
    </message>
    <message>
        <source>Bằng khen của Chủ tịch UBND tỉnh</source>
        <translation>Certificate of Merit of the Provincial Chairman</translation>
    </message>
    <message>
        <source>Tập thể lao động tiên tiến</source>
        <translation>Advanced Collective</translation>
    </message>
    <message>
        <source>Tập thể lao động xuất sắc</source>
        <translation>Excellent Collective</translation>
    </message>
    <message>
        <source>Cờ thi đua của UBND tỉnh</source>
        <translation>Provincial Emulation Flag</translation>
    </message>
    <message>
        <source>Cờ thi đua của Chính phủ</source>
        <translation>Government Emulation Flag</translation>
    </message>
    <message>
        <source>LĐTT</source>
        <translation>AW</translation>
    </message>
    <message>
        <source>CSTĐCS</source>
        <translation>GEF</translation>
    </message>
    <message>
        <source>CSTĐ tỉnh</source>
        <translation>PEF</translation>
    </message>
    <message>
        <source>CSTĐ toàn quốc</source>
        <translation>NEF</translation>
    </message>
    <message>
        <source>Bằng khen tỉnh</source>
        <translation>Prov. merit</translation>
    </message>
    <message>
        <source>TTLĐTT</source>
        <translation>AC</translation>
    </message>
    <message>
        <source>TTLĐXS</source>
        <translation>EC</translation>
    </message>
    <message>
        <source>Cờ thi đua tỉnh</source>
        <translation>Prov. flag</translation>
    </message>
    <message>
        <source>Cờ thi đua Chính phủ</source>
        <translation>Gov. flag</translation>
    </message>
    <message>
        <source>Chiến sĩ thi đua cấp tỉnh: số năm liên tục đạt Chiến sĩ thi đua cơ sở</source>
        <translation>Provincial Emulation Fighter: consecutive years as Grassroots Emulation Fighter</translation>
    </message>
    <message>
        <source>Chiến sĩ thi đua toàn quốc: số lần liên tục đạt Chiến sĩ thi đua cấp tỉnh</source>
        <translation>National Emulation Fighter: consecutive times as Provincial Emulation Fighter</translation>
    </message>
    <message>
        <source>Bằng khen: số năm liên tục đạt Chiến sĩ thi đua cơ sở</source>
        <translation>Certificate of Merit: consecutive years as Grassroots Emulation Fighter</translation>
    </message>
    <message>
        <source>Bằng khen: số năm liên tục hoàn thành xuất sắc nhiệm vụ</source>
        <translation>Certificate of Merit: consecutive years of excellent task completion</translation>
    </message>
    <message>
        <source>Bằng khen: số sáng kiến, đề tài được công nhận trong các năm đó</source>
        <translation>Certificate of Merit: initiatives or research recognised in those years</translation>
    </message>
    <message>
        <source>Tập thể lao động tiên tiến: tỷ lệ thành viên đạt Lao động tiên tiến phải trên (%)</source>
        <translation>Advanced Collective: share of members Advanced Workers must exceed (%)</translation>
    </message>
    <message>
        <source>Tập thể lao động tiên tiến: số thành viên bị kỷ luật từ cảnh cáo trở lên tối đa</source>
        <translation>Advanced Collective: most members disciplined with a warning or worse</translation>
    </message>
    <message>
        <source>Tập thể lao động xuất sắc: tỷ lệ thành viên hoàn thành nhiệm vụ (%)</source>
        <translation>Excellent Collective: share of members completing their tasks (%)</translation>
    </message>
    <message>
        <source>Tập thể lao động xuất sắc: tỷ lệ thành viên đạt Lao động tiên tiến ít nhất (%)</source>
        <translation>Excellent Collective: least share of members Advanced Workers (%)</translation>
    </message>
    <message>
        <source>Tập thể lao động xuất sắc: số thành viên đạt Chiến sĩ thi đua cơ sở ít nhất</source>
        <translation>Excellent Collective: least number of Grassroots Emulation Fighters</translation>
    </message>
    <message>
        <source>Hoàn thành xuất sắc nhiệm vụ</source>
        <translation>Tasks completed excellently</translation>
    </message>
    <message>
        <source>Hoàn thành tốt nhiệm vụ</source>
        <translation>Tasks completed well</translation>
    </message>
    <message>
        <source>Hoàn thành nhiệm vụ</source>
        <translation>Tasks completed</translation>
    </message>
    <message>
        <source>Không hoàn thành nhiệm vụ</source>
        <translation>Tasks not completed</translation>
    </message>
    <message>
        <source>HTXSNV</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>HTTNV</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>HTNV</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>KHTNV</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Khiển trách</source>
        <translation>Reprimand</translation>
    </message>
    <message>
        <source>Cảnh cáo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Nặng hơn cảnh cáo</source>
        <translation>Heavier than a warning</translation>
    </message>
    <message>
        <source>Đề tài, đề án, công trình khoa học</source>
        <translation>Research project</translation>
    </message>
    <message>
        <source>Sáng kiến</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Cơ sở</source>
        <translation>Grassroots</translation>
    </message>
    <message>
        <source>Cấp tỉnh</source>
        <translation>Provincial</translation>
    </message>
    <message>
        <source>Toàn quốc</source>
        <translation>National</translation>
    </message>
</context>
<context>
    <name>LibraryPath</name>
    <message>
        <source>Không có thư mục tạm nào có tên không dấu để ghi tệp Excel (thư mục tạm: «%1»). Hãy đặt biến môi trường TEMP tới một thư mục không dấu, ví dụ C:\Temp.</source>
        <translation>No temporary folder with a plain-letter name is available for writing Excel files (temporary folder: “%1”). Set the TEMP environment variable to a folder without accents, for example C:\Temp.</translation>
    </message>
    <message>
        <source>Không dùng được thư mục tạm «%1».</source>
        <translation>The temporary folder “%1” cannot be used.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Ngạch</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Tập thể / cá nhân</source>
        <translation>Collective / person</translation>
    </message>
    <message>
        <source>Tiêu chí %1</source>
        <translation>Criterion %1</translation>
    </message>
    <message>
        <source>Chức vụ, đơn vị</source>
        <translation>Position, unit</translation>
    </message>
    <message>
        <source>Hình thức khen thưởng</source>
        <translation>Award forms</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Tóm tắt thành tích</source>
        <translation>Summary of achievements</translation>
    </message>
    <message>
        <source>Số %1 ngày %2</source>
        <translation>No. %1 of %2</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Đánh giá tiêu chí</source>
        <translation>Criteria assessment</translation>
    </message>
    <message>
        <source>Đề nghị khen thưởng</source>
        <translation>Award proposals</translation>
    </message>
    <message>
        <source>Được khen thưởng</source>
        <translation>Awards granted</translation>
    </message>
    <message>
        <source>Danh sách «%1» cần một đợt thi đua: không tìm thấy đợt số %2.</source>
        <translation>List “%1” needs a campaign: campaign %2 not found.</translation>
    </message>
</context>
<context>
    <name>ListExportDialog</name>
    <message>
        <source>Xuất danh sách</source>
        <translation>Export a list</translation>
    </message>
    <message>
        <source>Bảng tính Excel (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>CSV cho Excel (.csv)</source>
        <translation>CSV for Excel (.csv)</translation>
    </message>
    <message>
        <source>&amp;Danh sách:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <source>Đợt &amp;thi đua:</source>
        <translation>&amp;Campaign:</translation>
    </message>
    <message>
        <source>Định &amp;dạng:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Xuất…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Tệp CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Đã lưu %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Theo máy này («%1»)</source>
        <translation>As this computer (“%1”)</translation>
    </message>
    <message>
        <source>Dấu phẩy («,»)</source>
        <translation>Comma (“,”)</translation>
    </message>
    <message>
        <source>Dấu chấm phẩy («;»)</source>
        <translation>Semicolon (“;”)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Dấu &amp;phân cách CSV:</source>
        <translation>CSV &amp;separator:</translation>
    </message>
</context>
<context>
    <name>ListImport</name>
    <message>
        <source>%1 nằm ngoài khoảng %2–%3.</source>
        <translation>%1 is outside %2–%3.</translation>
    </message>
    <message>
        <source>«%1» là một ngày; cột này cần năm sinh (4 chữ số), ví dụ %2.</source>
        <translation>“%1” is a date; this column needs the birth year (4 digits), e.g. %2.</translation>
    </message>
    <message>
        <source>«%1» là ngày %2 Excel lưu dạng số (ô định dạng ngày); cột này cần năm sinh, ví dụ %3.</source>
        <translation>“%1” is the date %2 stored by Excel as a number (a date-formatted cell); this column needs the birth year, e.g. %3.</translation>
    </message>
    <message>
        <source>«%1» không phải là năm sinh; cần 4 chữ số, ví dụ 1985.</source>
        <translation>“%1” is not a birth year; 4 digits are needed, e.g. 1985.</translation>
    </message>
    <message>
        <source>không có đơn vị «%1» trong danh sách đơn vị của cơ quan (ghi đúng tên hoặc mã đơn vị).</source>
        <translation>the agency has no unit “%1” (write the unit’s exact name or code).</translation>
    </message>
    <message>
        <source>«%1» không phải là %2.</source>
        <translation>“%1” is not one of: %2.</translation>
    </message>
    <message>
        <source>trùng với dòng %1 (cùng họ tên, đơn vị và năm sinh).</source>
        <translation>duplicates row %1 (same name, unit and birth year).</translation>
    </message>
    <message>
        <source>mã đơn vị không được chứa dấu cách.</source>
        <translation>a unit code cannot contain spaces.</translation>
    </message>
    <message>
        <source>trùng tên với dòng %1.</source>
        <translation>same name as row %1.</translation>
    </message>
    <message>
        <source>trùng mã với dòng %1.</source>
        <translation>same code as row %1.</translation>
    </message>
    <message>
        <source>đơn vị «%1» đã có với mã «%2».</source>
        <translation>unit “%1” already exists with code “%2”.</translation>
    </message>
    <message>
        <source>mã «%1» đã dùng cho đơn vị «%2».</source>
        <translation>code “%1” is already used by unit “%2”.</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Ngạch</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Đề nghị khen thưởng của một đơn vị (mẫu)</source>
        <translation>A unit’s award proposals (template)</translation>
    </message>
    <message>
        <source>Số liệu báo cáo của một đơn vị (mẫu)</source>
        <translation>A unit’s report figures (template)</translation>
    </message>
    <message>
        <source>Tệp có %L1 dòng dữ liệu, vượt quá giới hạn %L2 dòng cho một lần nhập. Hãy chia thành nhiều tệp.</source>
        <translation>The file has %L1 data rows, over the limit of %L2 rows per import. Split it into several files.</translation>
    </message>
    <message>
        <source>Tệp không có dòng dữ liệu nào dưới dòng tiêu đề (dòng %1).</source>
        <translation>The file has no data row under the header row (row %1).</translation>
    </message>
    <message>
        <source>Còn %L1 lỗi trong tệp; chưa nhập dòng nào. Hãy sửa tệp rồi nhập lại.</source>
        <translation>%L1 errors remain in the file; nothing was imported. Correct the file and import again.</translation>
    </message>
    <message>
        <source>Không sao lưu được trước khi nhập; chưa nhập dòng nào. %1</source>
        <translation>Could not back up before the import; nothing was imported. %1</translation>
    </message>
    <message>
        <source>Dòng %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Chưa nhập dòng nào. %1</source>
        <translation>Nothing was imported. %1</translation>
    </message>
    <message>
        <source>Đã hủy.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Đăng ký thi đua của một đơn vị (mẫu)</source>
        <translation>A unit&apos;s emulation registration (template)</translation>
    </message>
</context>
<context>
    <name>ListImportDialog</name>
    <message>
        <source>Nhập danh sách từ Excel</source>
        <translation>Import a list from Excel</translation>
    </message>
    <message>
        <source>&amp;Nhập vào:</source>
        <translation>&amp;Import into:</translation>
    </message>
    <message>
        <source>Chọn tệp .xlsx hoặc .csv…</source>
        <translation>Choose an .xlsx or .csv file…</translation>
    </message>
    <message>
        <source>&amp;Chọn tệp…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Đọc &amp;lại tệp</source>
        <translation>&amp;Reload file</translation>
    </message>
    <message>
        <source>Đọc lại tệp sau khi sửa trong Excel (F5)</source>
        <translation>Read the file again after correcting it in Excel (F5)</translation>
    </message>
    <message>
        <source>Cột trong tệp</source>
        <translation>Columns in the file</translation>
    </message>
    <message>
        <source>&amp;Dòng tiêu đề:</source>
        <translation>&amp;Header row:</translation>
    </message>
    <message>
        <source>Các mục có dấu * là bắt buộc. Cột được chọn tự động theo tiêu đề; đổi nếu chưa đúng.</source>
        <translation>Fields marked * are required. Columns are chosen from the headers; change them if wrong.</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Chọn tệp Excel (.xlsx) hoặc CSV để xem trước.</source>
        <translation>Choose an Excel (.xlsx) or CSV file to preview.</translation>
    </message>
    <message>
        <source>&amp;Nhập</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Nhập danh sách</source>
        <translation>Import a list</translation>
    </message>
    <message>
        <source>Bảng tính (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv);;Mọi tệp (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Không đọc được tệp</source>
        <translation>Could not read the file</translation>
    </message>
    <message>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Thêm mới: %L1 · Cập nhật: %L2 · Đã có, bỏ qua: %L3</source>
        <translation>New: %L1 · Update: %L2 · Already there, skipped: %L3</translation>
    </message>
    <message>
        <source> · &lt;b&gt;%L1 lỗi&lt;/b&gt; — chưa nhập được; sửa tệp trong Excel rồi bấm «Đọc lại tệp» (F5).</source>
        <translation> · &lt;b&gt;%L1 errors&lt;/b&gt; — cannot import yet; correct the file in Excel, then press “Reload file” (F5).</translation>
    </message>
    <message>
        <source> (hiện %L1 lỗi đầu)</source>
        <translation> (the first %L1 shown)</translation>
    </message>
    <message>
        <source>Còn %L1 lỗi trong tệp; chưa nhập dòng nào.</source>
        <translation>%L1 errors remain in the file; nothing was imported.</translation>
    </message>
    <message>
        <source>Ghi %L1 dòng từ «%2» vào «%3»?
Một bản sao lưu sẽ được tạo trước khi ghi; nếu có lỗi, không dòng nào được ghi.</source>
        <translation>Write %L1 rows from “%2” into “%3”?
A backup is taken first; if anything fails, no row is written.</translation>
    </message>
    <message>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Đã ghi %L1 dòng, bỏ qua %L2 dòng đã có.
Bản sao lưu trước khi nhập: %3</source>
        <translation>Wrote %L1 rows, skipped %L2 already there.
Backup taken before the import: %3</translation>
    </message>
    <message>
        <source>Đang ghi %L1 dòng…</source>
        <translation>Writing %L1 rows…</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Đơn vị &amp; cán bộ</source>
        <translation>Units &amp; people</translation>
    </message>
    <message>
        <source>Đợt thi đua</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu &amp;mới…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Mở…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Mở &amp;gần đây</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Lưu &amp;bản sao…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Tùy chọn…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Đơn vị &amp;&amp; cán bộ</source>
        <translation>Units &amp;&amp; people</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu ThiDua</source>
        <translation>&amp;About ThiDua</translation>
    </message>
    <message>
        <source>Không mở được tệp</source>
        <translation>Could not open the file</translation>
    </message>
    <message>
        <source>Đã nâng cấp dữ liệu</source>
        <translation>Data upgraded</translation>
    </message>
    <message>
        <source>Tệp đã được nâng cấp lên phiên bản mới. Bản sao trước khi nâng cấp được lưu tại:
%1</source>
        <translation>The file was upgraded to the new version. A copy from before the upgrade is at:
%1</translation>
    </message>
    <message>
        <source>Mẫu dữ liệu</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Tạo cơ sở dữ liệu mới</source>
        <translation>Create a new database</translation>
    </message>
    <message>
        <source>Thi đua mới.thidua</source>
        <translation>New campaigns.thidua</translation>
    </message>
    <message>
        <source>Tệp đã tồn tại</source>
        <translation>File exists</translation>
    </message>
    <message>
        <source>Tệp «%1» đã có. ThiDua không ghi đè lên dữ liệu cũ: hãy chọn tên khác, hoặc dùng Tệp → Mở.</source>
        <translation>“%1” already exists. ThiDua does not overwrite data: choose another name, or use File → Open.</translation>
    </message>
    <message>
        <source>Mở cơ sở dữ liệu</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Lưu bản sao cơ sở dữ liệu</source>
        <translation>Save a copy of the database</translation>
    </message>
    <message>
        <source>%1 - bản sao.thidua</source>
        <translation>%1 - copy.thidua</translation>
    </message>
    <message>
        <source>Không lưu được bản sao</source>
        <translation>Could not save the copy</translation>
    </message>
    <message>
        <source>Đã lưu bản sao vào %1</source>
        <translation>Copy saved to %1</translation>
    </message>
    <message>
        <source>%1 — ThiDua</source>
        <translation>%1 — ThiDua</translation>
    </message>
    <message>
        <source>ThiDua — chưa mở cơ sở dữ liệu</source>
        <translation>ThiDua — no database open</translation>
    </message>
    <message>
        <source>Giới thiệu ThiDua</source>
        <translation>About ThiDua</translation>
    </message>
    <message>
        <source>ThiDua %1
Quản lý thi đua, khen thưởng cho cơ quan, đơn vị.

Dữ liệu được lưu trong tệp .thidua (SQLite) trên máy của bạn.</source>
        <translation>ThiDua %1
Emulation and commendation management for agencies and units.

Data is kept in a .thidua file (SQLite) on your computer.</translation>
    </message>
    <message>
        <source>Đánh giá tiêu chí</source>
        <translation>Criteria assessment</translation>
    </message>
    <message>
        <source>Đề nghị khen thưởng</source>
        <translation>Award proposals</translation>
    </message>
    <message>
        <source>Báo cáo tổng kết</source>
        <translation>Final report</translation>
    </message>
    <message>
        <source>Sao lưu &amp;ngay</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Đã sao lưu</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>Đã sao lưu vào:
%1</source>
        <translation>Backed up to:
%1</translation>
    </message>
    <message>
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Chưa sao lưu được hôm nay: %1</source>
        <translation>Today’s backup failed: %1</translation>
    </message>
    <message>
        <source>%1 — đã sao lưu tự động vào «%2»</source>
        <translation>%1 — backed up automatically to “%2”</translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Dữ liệu đã được khôi phục. Bản trước khi khôi phục được giữ tại:
%1</source>
        <translation>The data was restored. The file as it was before is kept at:
%1</translation>
    </message>
    <message>
        <source>Tệp dữ liệu bị hỏng</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <source>Tệp «%1» bị hỏng. Khôi phục từ bản sao lưu còn tốt gần nhất (%2)? Tệp hỏng được giữ lại trong thư mục sao lưu.</source>
        <translation>“%1” is damaged. Restore the newest intact backup (%2)? The damaged file is kept in the backups folder.</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>&amp;Xuất danh sách ra Excel…</source>
        <translation>E&amp;xport a list to Excel…</translation>
    </message>
    <message>
        <source>&amp;Nhập danh sách từ Excel…</source>
        <translation>&amp;Import a list from Excel…</translation>
    </message>
    <message>
        <source>Tạo &amp;mẫu Excel cho đơn vị…</source>
        <translation>Excel &amp;templates for units…</translation>
    </message>
    <message>
        <source>Bản sao chưa có tệp đính kèm</source>
        <translation>The copy lacks its attachments</translation>
    </message>
    <message>
        <source>Đã lưu bản sao dữ liệu vào %1, nhưng chưa chép được tệp đính kèm của các đơn vị: %2</source>
        <translation>The data was copied to %1, but the units’ attachments could not be copied: %2</translation>
    </message>
    <message>
        <source>Đã lưu bản sao vào %1, cùng %2 tệp đính kèm</source>
        <translation>Copy saved to %1, with %2 attachments</translation>
    </message>
    <message>
        <source>Chỉ xem: tệp này đang được %1 mở để sửa. Mọi thay đổi ở đây sẽ không được lưu; hãy mở lại tệp khi người đó đã đóng ThiDua.</source>
        <translation>Read only: this file is open for editing by %1. Nothing changed here will be saved; open the file again once they have closed ThiDua.</translation>
    </message>
    <message>
        <source>Chỉ xem: tệp hoặc thư mục chứa nó chỉ cho đọc. Mọi thay đổi ở đây sẽ không được lưu; hãy chép tệp sang thư mục của mình (Tệp → Lưu bản sao…) để sửa.</source>
        <translation>Read only: the file or its folder cannot be written. Nothing changed here will be saved; copy the file to a folder of your own (File → Save a copy…) to edit it.</translation>
    </message>
    <message>
        <source>Đang kiểm tra toàn vẹn đầy đủ tệp dữ liệu lớn (chạy nền, vẫn làm việc bình thường)…</source>
        <translation>Running the full integrity check of this large data file (in the background; you can keep working)…</translation>
    </message>
    <message>
        <source>Kiểm tra toàn vẹn đầy đủ: tệp dữ liệu tốt.</source>
        <translation>Full integrity check: the data file is sound.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu bị hỏng: kiểm tra toàn vẹn đầy đủ không đạt. Đừng nhập thêm dữ liệu vào tệp này; hãy dùng Tệp → Khôi phục từ bản sao lưu… để lấy lại bản sao lưu còn tốt gần nhất.</source>
        <translation>The data file is damaged: the full integrity check failed. Do not enter more data into this file; use File → Restore from backup… to get back the newest intact backup.</translation>
    </message>
    <message>
        <source>Kiểm tra toàn vẹn đầy đủ (chạy nền) phát hiện tệp «%1» bị hỏng. Những gì đã lưu trước đó nằm trong các bản sao lưu; hãy khôi phục từ bản sao lưu còn tốt gần nhất (Tệp → Khôi phục từ bản sao lưu…) trước khi làm tiếp.</source>
        <translation>The full integrity check (in the background) found the file “%1” damaged. What was saved before is in the backups; restore the newest intact backup (File → Restore from backup…) before going on.</translation>
    </message>
    <message>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>&amp;Các bước của một đợt…</source>
        <translation>&amp;Steps of a campaign…</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Thi đua hằng năm</source>
        <translation>Annual emulation</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Cuộc họp Hội đồng Thi đua - Khen thưởng</source>
        <translation>Emulation and commendation council meeting</translation>
    </message>
    <message>
        <source>Đ/c …, chức vụ, Chủ tịch Hội đồng</source>
        <translation>Comrade …, position, council chair</translation>
    </message>
    <message>
        <source>Đ/c …, chức vụ, Ủy viên thư ký</source>
        <translation>Comrade …, position, secretary member</translation>
    </message>
    <message>
        <source>Mỗi thành viên có mặt một dòng: Đ/c họ tên, chức vụ, vai trò trong Hội đồng</source>
        <translation>One member present per line: name, position, role in the council</translation>
    </message>
    <message>
        <source>Thời gian họp:</source>
        <translation>Meeting time:</translation>
    </message>
    <message>
        <source>Địa điểm:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Chủ trì cuộc họp:</source>
        <translation>Chaired by:</translation>
    </message>
    <message>
        <source>Thư ký cuộc họp:</source>
        <translation>Secretary:</translation>
    </message>
    <message>
        <source>Thành viên có mặt:</source>
        <translation>Members present:</translation>
    </message>
    <message>
        <source>Vắng mặt (lý do):</source>
        <translation>Absent (reason):</translation>
    </message>
    <message>
        <source>Không lưu được cuộc họp</source>
        <translation>Could not save the meeting</translation>
    </message>
    <message>
        <source>&amp;Kết thúc lúc:</source>
        <translation>&amp;Ended at:</translation>
    </message>
    <message>
        <source>Bỏ chọn để để trống giờ kết thúc trong biên bản (ghi tay)</source>
        <translation>Untick to leave the closing time blank in the minutes (written by hand)</translation>
    </message>
</context>
<context>
    <name>NextStepBanner</name>
    <message>
        <source>Chưa có đợt thi đua nào. Hãy lập kế hoạch của đợt trước (trang Đợt thi đua): tiêu chí, hình thức khen thưởng, người ký.</source>
        <translation>No campaign yet. Write the campaign&apos;s plan first (Campaigns page): criteria, award forms, signer.</translation>
    </message>
    <message>
        <source>Mở trang Đợt thi đua</source>
        <translation>Open the Campaigns page</translation>
    </message>
</context>
<context>
    <name>NominationFormsJob</name>
    <message>
        <source>Đang lập %1 báo cáo thành tích…</source>
        <translation>Making %1 achievement reports…</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>In phiếu đề nghị</source>
        <translation>Print nomination forms</translation>
    </message>
    <message>
        <source>Không có đề nghị nào để lập báo cáo thành tích: danh sách chọn đang trống.</source>
        <translation>No proposals to make achievement reports for: the selection is empty.</translation>
    </message>
    <message>
        <source>In %1 báo cáo thành tích</source>
        <translation>Print %1 achievement reports</translation>
    </message>
    <message>
        <source>Xuất văn bản Word</source>
        <translation>Export Word document</translation>
    </message>
    <message>
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Văn bản Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Đã lưu %1 báo cáo thành tích vào %2</source>
        <translation>Saved %1 achievement reports to %2</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>thư mục «%1» không tồn tại</source>
        <translation>the folder “%1” does not exist</translation>
    </message>
    <message>
        <source>đó là một thư mục</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>tệp chỉ cho đọc</source>
        <translation>the file is read-only</translation>
    </message>
    <message>
        <source>tệp đang được mở trong chương trình khác (Excel, Word…), hãy đóng tệp rồi thử lại</source>
        <translation>the file is open in another program (Excel, Word…); close it and try again</translation>
    </message>
    <message>
        <source>không có quyền ghi vào thư mục «%1»</source>
        <translation>no permission to write to the folder “%1”</translation>
    </message>
    <message>
        <source>lỗi hệ thống</source>
        <translation>system error</translation>
    </message>
    <message>
        <source>Không ghi được tệp «%1»: %2.</source>
        <translation>Could not write the file “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>Paperwork</name>
    <message>
        <source>Đợt thi đua «%1» chưa chọn người ký. Hãy chọn ở thẻ «Thông tin chung, ban hành».</source>
        <translation>Campaign “%1” has no signer yet. Choose one on the “General, issuance” tab.</translation>
    </message>
    <message>
        <source>Không có đề nghị nào để lập hồ sơ: danh sách đề nghị (đã qua Hội đồng xét) đang trống.</source>
        <translation>No proposal to prepare papers for: the list of proposals past the council is empty.</translation>
    </message>
    <message>
        <source>Chưa có đề nghị nào được Hội đồng bỏ phiếu trong đợt này.</source>
        <translation>The council has voted on no proposal of this campaign yet.</translation>
    </message>
    <message>
        <source>Chưa ghi thông tin cuộc họp Hội đồng (thời gian, chủ trì, thư ký, thành viên có mặt).</source>
        <translation>The council meeting is not recorded yet (time, chair, secretary, members present).</translation>
    </message>
    <message>
        <source>Chưa có đề nghị nào được Giám đốc quyết định khen trong đợt này.</source>
        <translation>The Director has decided no award in this campaign yet.</translation>
    </message>
    <message>
        <source>Chưa in được bản chính thức: trường «Số quyết định» đang trống. Hãy ghi số đã đăng ký ở văn thư.</source>
        <translation>Cannot make the final print: field “Decision number” is blank. Enter the number registered by the records office.</translation>
    </message>
    <message>
        <source>Chưa in được bản chính thức: trường «Ngày ký quyết định» đang trống.</source>
        <translation>Cannot make the final print: field “Decision signing date” is blank.</translation>
    </message>
    <message>
        <source>Chưa in được bản chính thức: căn cứ của quyết định còn chỗ «…» chưa điền (số, ngày các quyết định của tỉnh). Hãy điền ở Cơ quan → Câu chữ hồ sơ khen thưởng…</source>
        <translation>The final print is not possible yet: the decision&apos;s legal basis still has “…” to fill in (the numbers and dates of the province&apos;s decisions). Fill them in under Agency → Wording of the award paperwork…</translation>
    </message>
    <message>
        <source> và %1 đề nghị khác</source>
        <translation> and %1 other proposals</translation>
    </message>
    <message>
        <source>Chưa lập được Biên bản: số thành viên có mặt khi bỏ phiếu phải đúng số thành viên dự họp (%1 người theo cuộc họp ngày %2). Khác ở: %3. Hãy sửa kết quả bỏ phiếu của các đề nghị này hoặc danh sách thành viên có mặt của cuộc họp.</source>
        <translation>The minutes cannot be made yet: the members present at each ballot must be those present at the meeting (%1 according to the meeting of %2). They differ for: %3. Correct these proposals’ ballots or the meeting’s list of members present.</translation>
    </message>
    <message>
        <source>Chưa in được bản chính thức: trường «Ngày ký quyết định» (%1) trước ngày họp Hội đồng Thi đua - Khen thưởng (%2).</source>
        <translation>The final print is not possible yet: field “Signing date” (%1) is before the Emulation and Commendation Council met (%2).</translation>
    </message>
</context>
<context>
    <name>PaperworkDialog</name>
    <message>
        <source>Tờ trình đề nghị khen thưởng</source>
        <translation>Award submission (Tờ trình)</translation>
    </message>
    <message>
        <source>Danh sách đề nghị khen thưởng</source>
        <translation>List of nominees (Danh sách)</translation>
    </message>
    <message>
        <source>Cấp quyết định:</source>
        <translation>Decided by:</translation>
    </message>
    <message>
        <source>%1 (%2 đề nghị)</source>
        <translation>%1 (%2 proposals)</translation>
    </message>
    <message>
        <source>Tờ trình &amp;số:</source>
        <translation>Submission &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Ngày:</source>
        <translation>&amp;Date:</translation>
    </message>
</context>
<context>
    <name>PdfWriter</name>
    <message>
        <source>Không tạo được tệp PDF «%1».</source>
        <translation>Could not create the PDF “%1”.</translation>
    </message>
    <message>
        <source>Đã hủy: chưa ghi tệp «%1».</source>
        <translation>Cancelled: “%1” was not written.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>&lt;h2&gt;Đơn vị và cán bộ&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Units and people&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Xóa dữ liệu mẫu…</source>
        <translation>Delete sample data…</translation>
    </message>
    <message>
        <source>Xóa các đơn vị và cán bộ mẫu có sẵn khi tạo cơ sở dữ liệu (đánh dấu «mẫu»).</source>
        <translation>Delete the sample units and people a new database starts with (marked “sample”).</translation>
    </message>
    <message>
        <source>Phòng, đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Thêm đơn vị</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <source>Lưu đơn vị</source>
        <translation>Save unit</translation>
    </message>
    <message>
        <source>Xóa đơn vị</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <source>Công chức, viên chức, người lao động</source>
        <translation>Civil servants, public employees, workers</translation>
    </message>
    <message>
        <source>Tìm theo tên, đơn vị, chức vụ… (gõ không dấu cũng được) — Ctrl+F</source>
        <translation>Search by name, unit, position… (diacritics optional) — Ctrl+F</translation>
    </message>
    <message>
        <source>Thêm cán bộ</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Lưu cán bộ</source>
        <translation>Save person</translation>
    </message>
    <message>
        <source>Xóa cán bộ</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>Đơn vị và cán bộ</source>
        <translation>Units and people</translation>
    </message>
    <message>
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Không lưu được đơn vị</source>
        <translation>Could not save the unit</translation>
    </message>
    <message>
        <source>Xóa đơn vị «%1»?</source>
        <translation>Delete unit “%1”?</translation>
    </message>
    <message>
        <source>Không xóa được đơn vị</source>
        <translation>Could not delete the unit</translation>
    </message>
    <message>
        <source>Không lưu được cán bộ</source>
        <translation>Could not save the person</translation>
    </message>
    <message>
        <source>Xóa «%1» khỏi danh sách cán bộ?</source>
        <translation>Remove “%1” from the people list?</translation>
    </message>
    <message>
        <source>Không xóa được cán bộ</source>
        <translation>Could not delete the person</translation>
    </message>
    <message>
        <source>Xóa dữ liệu mẫu</source>
        <translation>Delete sample data</translation>
    </message>
    <message>
        <source>Xóa toàn bộ đơn vị và cán bộ mẫu (có chữ «mẫu» bên cạnh tên)? Dữ liệu do bạn nhập vẫn được giữ nguyên.</source>
        <translation>Delete all sample units and people (marked “sample” after the name)? Data you entered is kept.</translation>
    </message>
    <message>
        <source>Không xóa được dữ liệu mẫu</source>
        <translation>Could not delete the sample data</translation>
    </message>
    <message>
        <source>Khen thưởng đã nhận: chưa có.</source>
        <translation>Awards received: none yet.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Khen thưởng đã nhận: %1</source>
        <translation>Awards received: %1</translation>
    </message>
    <message>
        <source>Đã xóa %1 mục mẫu. Giữ lại %2 mục mẫu đang được dùng (có đề nghị khen thưởng, báo cáo đã nhận, hoặc cán bộ của bạn trong đơn vị); xóa từng mục khi không còn dùng.</source>
        <translation>Removed %1 sample items. Kept %2 sample items still in use (named by an award proposal, a received report, or one of your people in the unit); remove them one by one when no longer used.</translation>
    </message>
    <message>
        <source>Lưu (Ctrl+S, hoặc Enter trong ô chữ)</source>
        <translation>Save (Ctrl+S, or Enter in a text field)</translation>
    </message>
    <message>
        <source>%1 có thay đổi chưa lưu. Lưu lại trước khi chuyển?</source>
        <translation>%1 has unsaved changes. Save them before moving on?</translation>
    </message>
    <message>
        <source>Đơn vị «%1»</source>
        <translation>Unit “%1”</translation>
    </message>
    <message>
        <source>Cán bộ «%1»</source>
        <translation>Person “%1”</translation>
    </message>
    <message>
        <source>Biểu mẫu đơn vị hoặc cán bộ</source>
        <translation>The unit or person form</translation>
    </message>
    <message>
        <source>Chưa có phòng, đơn vị nào. Thêm các phòng, đơn vị của cơ quan trước; cán bộ được thêm vào từng đơn vị (hoặc nhập cả danh sách từ Excel: Tệp → Nhập danh sách từ Excel).</source>
        <translation>No units yet. Add the agency&apos;s units first; staff are added to each unit (or import the whole list from Excel: File → Import a list from Excel).</translation>
    </message>
    <message>
        <source>Chưa có cán bộ nào. Chọn đơn vị rồi thêm cán bộ của đơn vị đó (hoặc nhập cả danh sách từ Excel: Tệp → Nhập danh sách từ Excel).</source>
        <translation>No staff yet. Choose a unit, then add its staff (or import the whole list from Excel: File → Import a list from Excel).</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Phân loại:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Giới tính:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>Năm sinh:</source>
        <translation>Birth year:</translation>
    </message>
</context>
<context>
    <name>PersonHistoryDialog</name>
    <message>
        <source>Sáng kiến, danh hiệu các năm — %1</source>
        <translation>Initiatives and earlier titles — %1</translation>
    </message>
    <message>
        <source>Các quy định xét danh hiệu tính theo những gì ghi ở đây: sáng kiến, đề tài theo năm được công nhận và phạm vi ảnh hưởng; danh hiệu của các năm trước theo quyết định đã có.</source>
        <translation>The title rules count what is recorded here: initiatives and research by the year recognised and their reach; earlier years&apos; titles by the decisions made.</translation>
    </message>
    <message>
        <source>Sáng kiến, đề tài</source>
        <translation>Initiatives and research</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phạm vi</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>Cơ quan công nhận</source>
        <translation>Recognised by</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Ví dụ: Hội đồng sáng kiến Sở Khoa học và Công nghệ</source>
        <translation>For example: Hội đồng sáng kiến Sở Khoa học và Công nghệ</translation>
    </message>
    <message>
        <source>Ví dụ: Quyết định số 45/QĐ-SKHCN ngày 10/11/2025</source>
        <translation>For example: Quyết định số 45/QĐ-SKHCN ngày 10/11/2025</translation>
    </message>
    <message>
        <source>Phạm vi ảnh hưởng:</source>
        <translation>Reach:</translation>
    </message>
    <message>
        <source>Năm công nhận, loại:</source>
        <translation>Year recognised, kind:</translation>
    </message>
    <message>
        <source>Tên sáng kiến, đề tài:</source>
        <translation>Initiative or research title:</translation>
    </message>
    <message>
        <source>Cơ quan công nhận:</source>
        <translation>Recognised by:</translation>
    </message>
    <message>
        <source>Văn bản công nhận:</source>
        <translation>Recognising document:</translation>
    </message>
    <message>
        <source>Thêm sáng kiến, đề tài</source>
        <translation>Add initiative or research</translation>
    </message>
    <message>
        <source>Xóa sáng kiến, đề tài đang chọn</source>
        <translation>Delete the chosen initiative or research</translation>
    </message>
    <message>
        <source>Danh hiệu đã được tặng</source>
        <translation>Titles conferred</translation>
    </message>
    <message>
        <source>Danh hiệu</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Ví dụ: Quyết định số 12/QĐ-SKHCN ngày 15/01/2026</source>
        <translation>For example: Quyết định số 12/QĐ-SKHCN ngày 15/01/2026</translation>
    </message>
    <message>
        <source>Thêm danh hiệu</source>
        <translation>Add title</translation>
    </message>
    <message>
        <source>Xóa danh hiệu đang chọn</source>
        <translation>Delete the chosen title</translation>
    </message>
    <message>
        <source>Không thêm được</source>
        <translation>Could not add</translation>
    </message>
    <message>
        <source>Xóa sáng kiến, đề tài</source>
        <translation>Delete initiative or research</translation>
    </message>
    <message>
        <source>Xóa «%1» (năm %2)?</source>
        <translation>Delete “%1” (year %2)?</translation>
    </message>
    <message>
        <source>Không xóa được</source>
        <translation>Could not delete</translation>
    </message>
    <message>
        <source>Xóa danh hiệu</source>
        <translation>Delete title</translation>
    </message>
    <message>
        <source>Xóa danh hiệu «%1» năm %2?</source>
        <translation>Delete the title “%1” of %2?</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>đọc danh sách cán bộ</source>
        <translation>read the list of people</translation>
    </message>
    <message>
        <source>thêm cán bộ</source>
        <translation>add the person</translation>
    </message>
    <message>
        <source>sửa thông tin cán bộ</source>
        <translation>change the person</translation>
    </message>
    <message>
        <source>xóa cán bộ</source>
        <translation>delete the person</translation>
    </message>
    <message>
        <source>xóa dữ liệu mẫu</source>
        <translation>delete the sample data</translation>
    </message>
    <message>
        <source>cán bộ «%1»</source>
        <translation>staff member “%1”</translation>
    </message>
    <message>
        <source>đếm dữ liệu mẫu còn lại</source>
        <translation>count the sample data left</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>%1 (mẫu)</source>
        <translation>%1 (sample)</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phân loại</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Birth year</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Thêm mục</source>
        <translation>Add section</translation>
    </message>
    <message>
        <source>Thêm mục con</source>
        <translation>Add subsection</translation>
    </message>
    <message>
        <source>Xóa mục</source>
        <translation>Delete section</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Thụt vào</source>
        <translation>Indent</translation>
    </message>
    <message>
        <source>Lùi ra</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Sửa mục</source>
        <translation>Edit section</translation>
    </message>
    <message>
        <source>Chọn hình thức khen thưởng</source>
        <translation>Choose award forms</translation>
    </message>
    <message>
        <source>Mục mới</source>
        <translation>New section</translation>
    </message>
    <message>
        <source>Xóa mục «%1» cùng toàn bộ nội dung và các mục con của nó? Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Delete section “%1” with all its text and subsections? Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>(không tiêu đề)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Chuyển mục lên</source>
        <translation>Move section up</translation>
    </message>
    <message>
        <source>Chuyển mục xuống</source>
        <translation>Move section down</translation>
    </message>
    <message>
        <source>Thụt mục vào</source>
        <translation>Indent section</translation>
    </message>
    <message>
        <source>Lùi mục ra</source>
        <translation>Outdent section</translation>
    </message>
    <message>
        <source>Thêm phụ lục</source>
        <translation>Add annex</translation>
    </message>
    <message>
        <source>Nhập đề cương từ Word</source>
        <translation>Import the outline from Word</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>Đợt thi đua «%1» chưa chọn người ký. Hãy chọn ở thẻ «Thông tin chung, ban hành».</source>
        <translation>Campaign “%1” has no signer yet. Choose one on the “General, issuance” tab.</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <source>Tiêu đề: %1.</source>
        <translation>Header: %1.</translation>
    </message>
    <message>
        <source>Không thấy dòng «KẾ HOẠCH»: mọi đoạn được nhập như đoạn văn thường.</source>
        <translation>No “KẾ HOẠCH” line found: every paragraph is imported as a plain paragraph.</translation>
    </message>
    <message>
        <source>%1 mục, %2 đoạn và mục liệt kê; %3 nơi nhận; người ký: %4.</source>
        <translation>%1 sections, %2 paragraphs and list items; %3 recipients; signer: %4.</translation>
    </message>
    <message>
        <source>không thấy</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>Người ký «%1» chưa có trong danh sách người ký: hãy thêm ở Cơ quan rồi chọn cho đợt.</source>
        <translation>Signer “%1” is not among the signers yet: add them under Agency, then choose them for the campaign.</translation>
    </message>
    <message>
        <source>Một bảng %1 dòng được giữ nguyên là bảng (ô cách nhau bởi «|»).</source>
        <translation>A table of %1 rows was kept as a table (cells separated by “|”).</translation>
    </message>
    <message>
        <source>Bỏ qua đoạn sau chữ ký (không thuộc phụ lục nào): «%1».</source>
        <translation>Skipped a paragraph after the signature (not in any annex): “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Đợt thi đua này đã có %n kết quả đánh giá tiêu chí: thay đề cương sẽ làm mất chúng. Hãy nhập kế hoạch thành một đợt mới.</source>
        <translation>
            <numerusform>This campaign already has %n criteria assessment: replacing its outline would lose it. Import the plan as a new campaign instead.</numerusform>
            <numerusform>This campaign already has %n criteria assessments: replacing its outline would lose them. Import the plan as a new campaign instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Đoạn văn bản dán vào quá dài (%1 ký tự, tối đa %2): không phải một kế hoạch.</source>
        <translation>The pasted text is too long (%1 characters, at most %2): it is not a plan.</translation>
    </message>
    <message>
        <source>Kế hoạch dán dạng chữ thuần: tiêu đề mục được nhận theo số thứ tự và chữ in hoa, không theo chữ đậm — hãy xem kỹ đề cương.</source>
        <translation>A plan pasted as plain text: headings were recognised by their numbers and capitals, not by bold — check the outline carefully.</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>(căn cứ, lời dẫn)</source>
        <translation>(legal basis, lead-in)</translation>
    </message>
    <message numerus="yes">
        <source>%n đoạn</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
    <message>
        <source>Nhập kế hoạch từ Word</source>
        <translation>Import a plan from Word</translation>
    </message>
    <message>
        <source>Mục</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Nhập thành đợt mới</source>
        <translation>Import as a new campaign</translation>
    </message>
    <message>
        <source>Không nhập được kế hoạch</source>
        <translation>The plan could not be imported</translation>
    </message>
    <message>
        <source>Kiểm tra các mục chương trình đã nhận ra và bản in dưới đây. «Nhập thành đợt mới»: kế hoạch thành một đợt thi đua mới, sửa tiếp được ở «Đề cương kế hoạch». «Thay đề cương đợt đang mở»: chỉ đề cương và cách đánh số được thay, hoàn tác được (Ctrl+Z), ghi khi lưu đợt. Hủy: không ghi gì.</source>
        <translation>Check the sections recognised and the print below. “Import as a new campaign”: the plan becomes a new campaign, to edit further under “Plan outline”. “Replace the open campaign’s outline”: only the outline and its numbering are replaced, undoable (Ctrl+Z), written when the campaign is saved. Cancel: nothing is written.</translation>
    </message>
    <message>
        <source>Thay đề cương đợt đang mở</source>
        <translation>Replace the open campaign’s outline</translation>
    </message>
    <message>
        <source>Thay đề cương của «%1» bằng đề cương nhập; tên, số, ngày, người ký và nơi nhận của đợt giữ nguyên.</source>
        <translation>Replace the outline of “%1” with the imported one; the campaign’s name, number, date, signer and recipients stay.</translation>
    </message>
    <message>
        <source>Không thay được đề cương</source>
        <translation>Could not replace the outline</translation>
    </message>
</context>
<context>
    <name>PlanOutlineModel</name>
    <message>
        <source>(không tiêu đề) %1</source>
        <translation>(untitled) %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Tùy chọn</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ giao diện:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>Thay đổi ngôn ngữ có hiệu lực từ lần mở ThiDua tiếp theo.</source>
        <translation>A new language takes effect the next time ThiDua starts.</translation>
    </message>
    <message>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới sẽ được dùng khi mở lại ThiDua.</source>
        <translation>The new language will be used when ThiDua starts again.</translation>
    </message>
    <message>
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <source> tháng</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Giữ bản sao lưu &amp;hằng ngày:</source>
        <translation>Keep &amp;daily backups:</translation>
    </message>
    <message>
        <source>Giữ bản sao lưu hằng &amp;tháng:</source>
        <translation>Keep &amp;monthly backups:</translation>
    </message>
    <message>
        <source>ThiDua tự sao lưu lần mở đầu tiên mỗi ngày, vào thư mục «backups» cạnh tệp dữ liệu.</source>
        <translation>ThiDua backs up on the first open of each day, into the “backups” folder beside the database.</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Thêm đề nghị khen thưởng</source>
        <translation>Add award proposal</translation>
    </message>
    <message>
        <source>Cá nhân</source>
        <translation>Individuals</translation>
    </message>
    <message>
        <source>Tập thể (phòng, đơn vị)</source>
        <translation>Collective (unit)</translation>
    </message>
    <message>
        <source>Đề nghị cho:</source>
        <translation>Proposed for:</translation>
    </message>
    <message>
        <source>Đối tượng:</source>
        <translation>Nominee:</translation>
    </message>
    <message>
        <source>Hình thức khen thưởng:</source>
        <translation>Award form:</translation>
    </message>
    <message>
        <source>Đơn vị đề nghị:</source>
        <translation>Proposing unit:</translation>
    </message>
    <message>
        <source>Tóm tắt thành tích trong đợt thi đua (một, hai câu)</source>
        <translation>Achievements in the campaign (a sentence or two)</translation>
    </message>
    <message>
        <source>Tóm tắt thành tích:</source>
        <translation>Achievement summary:</translation>
    </message>
    <message>
        <source>Không thêm được đề nghị</source>
        <translation>Could not add the proposal</translation>
    </message>
</context>
<context>
    <name>ProposalRepository</name>
    <message>
        <source>Trường «Tóm tắt thành tích»: không được để trống.</source>
        <translation>Field “Achievement summary”: must not be empty.</translation>
    </message>
    <message>
        <source>Trường «Tóm tắt thành tích»: quá dài (%1 ký tự).</source>
        <translation>Field “Achievement summary”: too long (%1 characters).</translation>
    </message>
    <message>
        <source>Trường «Hình thức khen thưởng»: chưa chọn.</source>
        <translation>Field “Award form”: not chosen.</translation>
    </message>
    <message>
        <source>Trường «Đối tượng đề nghị»: chưa chọn.</source>
        <translation>Field “Nominee”: not chosen.</translation>
    </message>
    <message>
        <source>Trường «Đơn vị đề nghị»: chưa chọn.</source>
        <translation>Field “Proposing unit”: not chosen.</translation>
    </message>
    <message>
        <source>đọc danh sách đề nghị khen thưởng</source>
        <translation>read the award proposals</translation>
    </message>
    <message>
        <source>đọc đề nghị khen thưởng</source>
        <translation>read the award proposal</translation>
    </message>
    <message>
        <source>Không tìm thấy đề nghị số %1.</source>
        <translation>Proposal number %1 was not found.</translation>
    </message>
    <message>
        <source>Trường «Hình thức khen thưởng»: không có trong danh mục.</source>
        <translation>Field “Award form”: not in the list of award forms.</translation>
    </message>
    <message>
        <source>đọc danh sách đơn vị</source>
        <translation>read the list of units</translation>
    </message>
    <message>
        <source>đọc thông tin cán bộ</source>
        <translation>read the person</translation>
    </message>
    <message>
        <source>Trường «Đối tượng đề nghị»: không có cán bộ này trong danh sách của cơ quan.</source>
        <translation>Field “Nominee”: this person is not on the agency’s list.</translation>
    </message>
    <message>
        <source>ghi lịch sử đề nghị</source>
        <translation>record the proposal’s history</translation>
    </message>
    <message>
        <source>thêm đề nghị khen thưởng</source>
        <translation>add the award proposal</translation>
    </message>
    <message>
        <source>Đề nghị đã «%1», không sửa được nữa.</source>
        <translation>The proposal is “%1” and can no longer be changed.</translation>
    </message>
    <message>
        <source>sửa đề nghị khen thưởng</source>
        <translation>change the award proposal</translation>
    </message>
    <message>
        <source>Chỉ ghi kết quả bỏ phiếu khi đề nghị đang ở «%1» hoặc «%2».</source>
        <translation>A vote can be recorded only while the proposal is “%1” or “%2”.</translation>
    </message>
    <message>
        <source>ghi kết quả bỏ phiếu</source>
        <translation>record the vote</translation>
    </message>
    <message>
        <source>chuyển trạng thái đề nghị</source>
        <translation>move the proposal</translation>
    </message>
    <message>
        <source>Đề nghị vừa được thay đổi ở nơi khác; hãy tải lại.</source>
        <translation>The proposal was just changed elsewhere; reload it.</translation>
    </message>
    <message>
        <source>đọc lịch sử đề nghị</source>
        <translation>read the proposal’s history</translation>
    </message>
    <message>
        <source>đọc các khen thưởng đã nhận</source>
        <translation>read the awards received</translation>
    </message>
    <message>
        <source>Trường «Đối tượng đề nghị»: không có đơn vị này trong cơ quan.</source>
        <translation>Field “Nominee”: no such unit in the agency.</translation>
    </message>
    <message>
        <source>%1/%2 thành viên có mặt đồng ý (Hội đồng %3 thành viên)</source>
        <translation>%1 of %2 members present in favour (council of %3 members)</translation>
    </message>
    <message>
        <source>Đề nghị không có bước chuyển nào để hoàn tác.</source>
        <translation>The proposal has no move to undo.</translation>
    </message>
    <message>
        <source>hoàn tác bước chuyển đề nghị</source>
        <translation>undo the proposal&apos;s move</translation>
    </message>
    <message>
        <source>Hoàn tác bước «%1»</source>
        <translation>Undid “%1”</translation>
    </message>
    <message>
        <source>đọc hình thức khen thưởng hay dùng</source>
        <translation>read the most used award form</translation>
    </message>
    <message>
        <source>Các đề nghị thêm cùng lúc phải thuộc cùng một đợt thi đua.</source>
        <translation>Proposals added together must belong to one campaign.</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>đạt</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>không đạt</source>
        <translation>not passed</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Đơn vị đề nghị</source>
        <translation>Proposing unit</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Hội đồng</source>
        <translation>Council</translation>
    </message>
    <message>
        <source>Còn vướng</source>
        <translation>Blocked by</translation>
    </message>
</context>
<context>
    <name>ProposalWorkflow</name>
    <message>
        <source>Dự thảo</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Đơn vị đề nghị</source>
        <translation>Proposing unit</translation>
    </message>
    <message>
        <source>Trả lại để bổ sung</source>
        <translation>Returned for completion</translation>
    </message>
    <message>
        <source>Hội đồng đã xét</source>
        <translation>Reviewed by the council</translation>
    </message>
    <message>
        <source>Quyết định khen</source>
        <translation>Award decided</translation>
    </message>
    <message>
        <source>Trình cấp trên</source>
        <translation>Sent to higher level</translation>
    </message>
    <message>
        <source>Đã khen</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <source>Không khen</source>
        <translation>Not awarded</translation>
    </message>
    <message>
        <source>Không thể chuyển đề nghị từ «%1» sang «%2».</source>
        <translation>A proposal cannot go from “%1” to “%2”.</translation>
    </message>
    <message>
        <source>Trường «Lý do»: cần ghi lý do khi %1.</source>
        <translation>Field “Reason”: a reason is needed to %1.</translation>
    </message>
    <message>
        <source>trả lại đề nghị</source>
        <translation>return a proposal</translation>
    </message>
    <message>
        <source>không khen</source>
        <translation>refuse an award</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Cần ghi kết quả bỏ phiếu của hội đồng trước khi chuyển sang «%1».</source>
        <translation>Record the council’s vote before moving to “%1”.</translation>
    </message>
    <message>
        <source>Hội đồng chưa thông qua đề nghị này (%1), nên không thể chuyển sang «%2».</source>
        <translation>The council has not passed this proposal (%1), so it cannot move to “%2”.</translation>
    </message>
    <message>
        <source>chưa bỏ phiếu</source>
        <translation>no vote yet</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Gửi đề nghị</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Trả lại để bổ sung…</source>
        <translation>Return for completion…</translation>
    </message>
    <message>
        <source>Hội đồng đã xét</source>
        <translation>Reviewed by the council</translation>
    </message>
    <message>
        <source>Quyết định khen</source>
        <translation>Award decided</translation>
    </message>
    <message>
        <source>Trình cấp trên</source>
        <translation>Sent to higher level</translation>
    </message>
    <message>
        <source>Đã khen</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <source>Không khen…</source>
        <translation>Not awarded…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Đề nghị khen thưởng&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Award proposals&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Đợt:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <source>Thêm đề nghị…</source>
        <translation>Add proposal…</translation>
    </message>
    <message>
        <source>Mọi trạng thái</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Tìm theo tên, đơn vị, thành tích…</source>
        <translation>Search by name, unit, achievement…</translation>
    </message>
    <message>
        <source>Chuyển bước</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Ghi kết quả bỏ phiếu…</source>
        <translation>Record the vote…</translation>
    </message>
    <message>
        <source>Lịch sử:</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>Khen thưởng đã nhận (các đợt):</source>
        <translation>Awards received (all campaigns):</translation>
    </message>
    <message>
        <source>Mọi hình thức</source>
        <translation>All award forms</translation>
    </message>
    <message>
        <source>Mọi đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Tổng: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Không chuyển được đề nghị</source>
        <translation>Could not move the proposal</translation>
    </message>
    <message>
        <source>Tờ trình…</source>
        <translation>Submission…</translation>
    </message>
    <message>
        <source>Tờ trình cho các đề nghị đang chọn (hoặc mọi đề nghị đã qua Hội đồng)</source>
        <translation>Submission for the selected proposals (or every proposal past the council)</translation>
    </message>
    <message>
        <source>Danh sách…</source>
        <translation>List…</translation>
    </message>
    <message>
        <source>Hồ sơ đề nghị</source>
        <translation>Nomination papers</translation>
    </message>
    <message>
        <source>Biên bản họp…</source>
        <translation>Minutes…</translation>
    </message>
    <message>
        <source>Ghi thông tin cuộc họp Hội đồng và lập biên bản với kết quả bỏ phiếu</source>
        <translation>Record the council meeting and draw up its minutes with the votes</translation>
    </message>
    <message>
        <source>Biên bản họp Hội đồng Thi đua - Khen thưởng</source>
        <translation>Council meeting minutes</translation>
    </message>
    <message>
        <source>Quyết định…</source>
        <translation>Decision…</translation>
    </message>
    <message>
        <source>Quyết định khen thưởng của Giám đốc cho các đề nghị đã «Quyết định khen»</source>
        <translation>The Director’s award decision for the proposals marked “Award decided”</translation>
    </message>
    <message>
        <source>Báo cáo thành tích</source>
        <translation>Achievement reports</translation>
    </message>
    <message>
        <source>Báo cáo thành tích của các đề nghị đang chọn (hoặc mọi đề nghị đang hiện trong bảng)</source>
        <translation>Achievement reports of the selected proposals (or of every proposal shown in the table)</translation>
    </message>
    <message>
        <source>Xem trước…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>In phiếu đề nghị…</source>
        <translation>Print nomination forms…</translation>
    </message>
    <message>
        <source>Xuất PDF (một tệp)…</source>
        <translation>Export PDF (one file)…</translation>
    </message>
    <message>
        <source>Xuất Word (một tệp)…</source>
        <translation>Export Word (one file)…</translation>
    </message>
    <message>
        <source>Xem trước (%1 đề nghị)…</source>
        <translation>Preview (%1 proposals)…</translation>
    </message>
    <message>
        <source>In phiếu đề nghị (%1 đề nghị)…</source>
        <translation>Print nomination forms (%1 proposals)…</translation>
    </message>
    <message>
        <source>Không có đề nghị nào để lập báo cáo thành tích: danh sách chọn đang trống.</source>
        <translation>No proposals to make achievement reports for: the selection is empty.</translation>
    </message>
    <message>
        <source>Đã chọn %1 đề nghị: quá nhiều để xem trước. Hãy dùng «In phiếu đề nghị…» hoặc «Xuất PDF (một tệp)…», hoặc chọn ít hơn %2 đề nghị.</source>
        <translation>%1 proposals selected: too many to preview. Use “Print nomination forms…” or “Export PDF (one file)…”, or select fewer than %2 proposals.</translation>
    </message>
    <message>
        <source>Hồ sơ đề nghị…</source>
        <translation>Nomination dossier…</translation>
    </message>
    <message>
        <source>Cả bộ hồ sơ cho từng nơi quyết định: tờ trình, danh sách, biên bản, báo cáo thành tích — Word và PDF, một thư mục và một tệp ZIP</source>
        <translation>The whole dossier for each deciding authority: submission, list, minutes, achievement reports — Word and PDF, a folder and a ZIP file</translation>
    </message>
    <message>
        <source>Hồ sơ:</source>
        <translation>Paperwork:</translation>
    </message>
    <message>
        <source>Hoàn tác bước vừa rồi</source>
        <translation>Undo last move</translation>
    </message>
    <message>
        <source>Kết quả bỏ phiếu</source>
        <translation>Vote result</translation>
    </message>
    <message>
        <source>Trở lại «%1» (%2); lịch sử ghi lại việc hoàn tác</source>
        <translation>Back to “%1” (%2); the history records the undo</translation>
    </message>
    <message>
        <source>Đề nghị đã kết thúc ở bước «%1»; không còn bước nào. Nếu bước này nhầm, chọn «Hoàn tác bước vừa rồi».</source>
        <translation>The proposal ended at “%1”; there are no more moves. If this move was a mistake, choose “Undo last move”.</translation>
    </message>
    <message>
        <source>Hoàn tác bước «%1»: đề nghị trở lại «%2»? Lịch sử vẫn giữ cả hai dòng.</source>
        <translation>Undo “%1”: the proposal goes back to “%2”? The history keeps both rows.</translation>
    </message>
    <message>
        <source>Không hoàn tác được</source>
        <translation>Could not undo</translation>
    </message>
    <message>
        <source>Chuyển đề nghị của %1 sang «%2»? Sau bước này Hội đồng không còn xét đề nghị; nếu nhầm, «Hoàn tác bước vừa rồi» đưa nó trở lại.</source>
        <translation>Move the proposal for %1 to “%2”? After this the council no longer considers it; if it is a mistake, “Undo last move” brings it back.</translation>
    </message>
    <message>
        <source>Đến ô tiêu chí còn vướng</source>
        <translation>Go to the blocking criterion</translation>
    </message>
    <message>
        <source>Mở trang Đánh giá tiêu chí ở ô tiêu chí bắt buộc chưa đạt của đề nghị này (%1)</source>
        <translation>Open the Criteria assessment page at this proposal&apos;s required criterion not yet met (%1)</translation>
    </message>
    <message>
        <source>Đợt này chưa có đề nghị khen thưởng nào. Khi đơn vị, cá nhân đã đạt các tiêu chí bắt buộc (trang Đánh giá tiêu chí), thêm đề nghị cho họ; danh sách đơn vị gửi bằng Excel thì nhập ở Tệp → Nhập danh sách từ Excel.</source>
        <translation>This campaign has no award proposals yet. Once units and people meet the required criteria (Criteria assessment page), add proposals for them; lists the units send in Excel are imported with File → Import a list from Excel.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Dữ liệu ThiDua (*.thidua);;Mọi tệp (*)</source>
        <translation>ThiDua databases (*.thidua);;All files (*)</translation>
    </message>
</context>
<context>
    <name>RegistrationList</name>
    <message>
        <source>Không tìm thấy đơn vị số %1.</source>
        <translation>Unit number %1 was not found.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&lt;h2&gt;Báo cáo tổng kết&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Summary reports&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Đợt:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <source>Hạn nộp &amp;chung:</source>
        <translation>&amp;Common deadline:</translation>
    </message>
    <message>
        <source>Danh sách nhắc nộp…</source>
        <translation>Reminder list…</translation>
    </message>
    <message>
        <source>In danh sách các đơn vị chưa gửi báo cáo, với hạn nộp và số ngày quá hạn</source>
        <translation>Print the list of units that have not reported, with their deadline and days overdue</translation>
    </message>
    <message>
        <source>Báo cáo tổng kết…</source>
        <translation>Final report…</translation>
    </message>
    <message>
        <source>Lập báo cáo tổng kết gửi Ban Giám đốc và Sở Nội vụ: số liệu tính từ báo cáo của các đơn vị và các đề nghị</source>
        <translation>Make the final report for the Directorate and the Department of Home Affairs: figures computed from the units’ reports and the proposals</translation>
    </message>
    <message>
        <source>Mọi đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Chưa nộp</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>Quá hạn chưa nộp</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Nộp muộn</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Đã nộp</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Hiện:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Hạn nộp</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>Sáng kiến</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Mô hình</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>Cá nhân được khen</source>
        <translation>People commended</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Báo cáo của đơn vị</source>
        <translation>Unit’s report</translation>
    </message>
    <message>
        <source>Đã &amp;nhận ngày:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <source>Hạn &amp;riêng:</source>
        <translation>Own &amp;deadline:</translation>
    </message>
    <message>
        <source>Ví dụ: 25/BC-VP</source>
        <translation>e.g. 25/BC-VP</translation>
    </message>
    <message>
        <source>Số &amp;văn bản:</source>
        <translation>Document &amp;no.:</translation>
    </message>
    <message>
        <source>Ngày văn &amp;bản:</source>
        <translation>Document &amp;date:</translation>
    </message>
    <message>
        <source>Kết quả nổi bật của đơn vị, đưa vào báo cáo tổng kết</source>
        <translation>The unit’s main results, quoted in the final report</translation>
    </message>
    <message>
        <source>Tóm tắt kết quả:</source>
        <translation>Summary of results:</translation>
    </message>
    <message>
        <source>Số sáng kiến:</source>
        <translation>Initiatives:</translation>
    </message>
    <message>
        <source>Số mô hình, cách làm hay:</source>
        <translation>Models and good practices:</translation>
    </message>
    <message>
        <source>Số cá nhân được đơn vị khen:</source>
        <translation>People commended by the unit:</translation>
    </message>
    <message>
        <source>Nhấp đúp để mở tệp</source>
        <translation>Double-click to open the file</translation>
    </message>
    <message>
        <source>Tệp đính kèm:</source>
        <translation>Attached files:</translation>
    </message>
    <message>
        <source>Thêm tệp…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <source>Xóa tệp</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <source>&amp;Lưu báo cáo</source>
        <translation>&amp;Save report</translation>
    </message>
    <message>
        <source>Lưu (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Tệp đơn vị gửi</source>
        <translation>File sent by the unit</translation>
    </message>
    <message>
        <source>Báo cáo tổng kết</source>
        <translation>Final report</translation>
    </message>
    <message>
        <source>Quá hạn %1 ngày</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>Đã nộp %1/%2 · Nộp muộn %3 · Chưa nộp %4 (quá hạn %5)</source>
        <translation>Submitted %1/%2 · Late %3 · Not submitted %4 (overdue %5)</translation>
    </message>
    <message>
        <source>Chọn một đơn vị trong bảng.</source>
        <translation>Choose a unit in the table.</translation>
    </message>
    <message>
        <source>Báo cáo của «%1» đã sửa mà chưa lưu. Lưu lại?</source>
        <translation>The report of “%1” was changed but not saved. Save it?</translation>
    </message>
    <message>
        <source>Lưu báo cáo của đơn vị</source>
        <translation>Save the unit’s report</translation>
    </message>
    <message>
        <source>Thêm tệp</source>
        <translation>Add file</translation>
    </message>
    <message>
        <source>Hạn nộp chung</source>
        <translation>Common deadline</translation>
    </message>
    <message>
        <source>Danh sách đơn vị chưa gửi báo cáo</source>
        <translation>Units that have not reported</translation>
    </message>
    <message>
        <source>Xóa tệp «%1» khỏi báo cáo của đơn vị? Bản chép «%2» trong thư mục tệp đính kèm cũng bị xóa.</source>
        <translation>Remove “%1” from the unit’s report? Its copy “%2” in the attachments folder is deleted too.</translation>
    </message>
    <message>
        <source>%1

Chỉ xóa tệp này khỏi danh sách của báo cáo?</source>
        <translation>%1

Only remove this file from the report’s list?</translation>
    </message>
    <message>
        <source>Mở tệp</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Chưa có phòng, đơn vị nào để theo dõi báo cáo. Thêm các đơn vị của cơ quan trước.</source>
        <translation>No units whose reports to track yet. Add the agency&apos;s units first.</translation>
    </message>
    <message>
        <source>Mở trang Đơn vị &amp;&amp; cán bộ</source>
        <translation>Open Units &amp;&amp; people</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Các bản sao lưu trong «%1», mới nhất ở trên:</source>
        <translation>Backups in “%1”, newest first:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Khôi phục bản này</source>
        <translation>&amp;Restore this one</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào. ThiDua tự sao lưu mỗi ngày khi mở tệp; có thể sao lưu ngay ở menu Tệp.</source>
        <translation>No backups yet. ThiDua backs up daily when a file is opened; use File → Back up now for one at once.</translation>
    </message>
    <message>
        <source>Bản này bị hỏng (kiểm tra toàn vẹn không đạt): không dùng để khôi phục được.</source>
        <translation>This backup is damaged (integrity check failed): it cannot be restored.</translation>
    </message>
    <message>
        <source>Kiểm tra toàn vẹn: đạt. Gồm %1 đơn vị, %2 cán bộ, %3 đợt thi đua, %4 đề nghị khen thưởng (lược đồ %5).</source>
        <translation>Integrity check: passed. Holds %1 units, %2 people, %3 campaigns, %4 award proposals (schema %5).</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Thay dữ liệu hiện tại bằng bản sao lưu lúc %1? Bản hiện tại được giữ lại trong thư mục sao lưu trước khi thay.</source>
        <translation>Replace the current data with the backup of %1? The current file is kept in the backups folder first.</translation>
    </message>
    <message>
        <source>Bản sao lưu hằng ngày và sao lưu ngay</source>
        <translation>Daily backups and backups made on demand</translation>
    </message>
    <message>
        <source>Bản giữ an toàn (trước khi khôi phục, nâng cấp, nhập danh sách)</source>
        <translation>Safety copies (before a restore, an upgrade, a list import)</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
</context>
<context>
    <name>ReviewAdditionDialog</name>
    <message>
        <source>Đề nghị ngoài tiêu chuẩn</source>
        <translation>Propose outside the standards</translation>
    </message>
    <message>
        <source>Đề nghị cho:</source>
        <translation>Proposed for:</translation>
    </message>
    <message>
        <source>&amp;Danh hiệu:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Vì sao đề nghị dù chưa đủ tiêu chuẩn tính được (Hội đồng sẽ đọc lý do này)</source>
        <translation>Why it is proposed though the standards computed say no (the council reads this)</translation>
    </message>
    <message>
        <source>&amp;Lý do:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Thêm vào danh sách</source>
        <translation>Add to the list</translation>
    </message>
    <message>
        <source>Chưa thêm được đề nghị</source>
        <translation>Could not add the proposal</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
</context>
<context>
    <name>RewardMoneyDialog</name>
    <message>
        <source>Theo Nghị định (%1)</source>
        <translation>As the decree sets (%1)</translation>
    </message>
    <message>
        <source>Tiền thưởng</source>
        <translation>Reward money</translation>
    </message>
    <message>
        <source>Tiền thưởng kèm theo mỗi hình thức là hệ số nhân với mức lương cơ sở đang áp dụng vào ngày ký quyết định, làm tròn lên hàng chục nghìn đồng (Nghị định 152/2025/NĐ-CP, Điều 54).</source>
        <translation>The money paid with each award form is a multiple of the base salary in force on the day the decision is signed, rounded up to the next ten thousand đồng (Decree 152/2025/NĐ-CP, Article 54).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mức lương cơ sở&lt;/b&gt;</source>
        <translation>&lt;b&gt;Base salary&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Áp dụng từ ngày</source>
        <translation>Applies from</translation>
    </message>
    <message>
        <source>Mức lương cơ sở</source>
        <translation>Base salary</translation>
    </message>
    <message>
        <source>&amp;Thêm mức lương</source>
        <translation>&amp;Add a base salary</translation>
    </message>
    <message>
        <source>Thêm mức lương cơ sở mới (Insert)</source>
        <translation>Add a new base salary (Insert)</translation>
    </message>
    <message>
        <source>&amp;Xóa mức lương</source>
        <translation>&amp;Delete base salary</translation>
    </message>
    <message>
        <source>Xóa dòng đang chọn (Delete); chỉ mất khi bấm OK</source>
        <translation>Delete the selected row (Delete); gone only when you press OK</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hệ số tiền thưởng theo hình thức&lt;/b&gt; (0: theo Nghị định)</source>
        <translation>&lt;b&gt;Reward multiples by award form&lt;/b&gt; (0: as the decree sets)</translation>
    </message>
    <message>
        <source>Hình thức khen thưởng</source>
        <translation>Award form</translation>
    </message>
    <message>
        <source>Cá nhân</source>
        <translation>Individuals</translation>
    </message>
    <message>
        <source>Tập thể</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source> đồng</source>
        <translation> đồng</translation>
    </message>
    <message>
        <source>Trường «Áp dụng từ ngày»: ngày %1 có hai mức lương cơ sở. Mỗi ngày chỉ một mức.</source>
        <translation>Field “Applies from”: %1 has two base salaries. One amount per day.</translation>
    </message>
</context>
<context>
    <name>SeasonSteps</name>
    <message>
        <source>đọc tiến độ đợt thi đua</source>
        <translation>read the campaign&apos;s progress</translation>
    </message>
    <message>
        <source>Thông tin cơ quan và người ký</source>
        <translation>Agency profile and signers</translation>
    </message>
    <message>
        <source>Tên cơ quan, chữ viết tắt, địa danh và ít nhất một người ký văn bản.</source>
        <translation>Agency name, abbreviation, place name and at least one document signer.</translation>
    </message>
    <message>
        <source>Đơn vị và cán bộ của cơ quan</source>
        <translation>The agency&apos;s units and people</translation>
    </message>
    <message>
        <source>Ít nhất một cán bộ do bạn nhập (không phải dữ liệu mẫu), hoặc nhập danh sách từ Excel.</source>
        <translation>At least one person you entered (not sample data), or a list imported from Excel.</translation>
    </message>
    <message>
        <source>Kế hoạch của đợt, có người ký</source>
        <translation>The campaign&apos;s plan, with its signer</translation>
    </message>
    <message>
        <source>Viết hoặc nhập kế hoạch, chọn người ký rồi in, xuất Word/PDF để ban hành.</source>
        <translation>Write or import the plan, choose the signer, then print or export Word/PDF to issue it.</translation>
    </message>
    <message>
        <source>Đánh giá tiêu chí</source>
        <translation>Criteria assessment</translation>
    </message>
    <message>
        <source>Đánh dấu Đạt / Chưa đạt từng tiêu chí cho các đơn vị, cá nhân.</source>
        <translation>Mark each criterion met / not met for the units and people.</translation>
    </message>
    <message>
        <source>Đề nghị khen thưởng</source>
        <translation>Award proposals</translation>
    </message>
    <message>
        <source>Thêm đề nghị cho những ai đạt tiêu chí, rồi gửi lên Hội đồng.</source>
        <translation>Add proposals for those who meet the criteria, then submit them to the council.</translation>
    </message>
    <message>
        <source>Hội đồng bỏ phiếu</source>
        <translation>The council&apos;s vote</translation>
    </message>
    <message>
        <source>Ghi kết quả bỏ phiếu, lập Biên bản họp Hội đồng.</source>
        <translation>Record the vote and draw up the council&apos;s minutes.</translation>
    </message>
    <message>
        <source>Quyết định khen thưởng</source>
        <translation>Award decision</translation>
    </message>
    <message>
        <source>Tờ trình, Danh sách; Quyết định của Giám đốc có số và ngày ký.</source>
        <translation>Submission, list; the Director&apos;s decision with its number and signing date.</translation>
    </message>
    <message>
        <source>Khen thưởng và Giấy khen</source>
        <translation>Awards and certificates</translation>
    </message>
    <message>
        <source>Chuyển các đề nghị sang «Đã khen», in Giấy khen.</source>
        <translation>Move the proposals to “Awarded”, print the certificates.</translation>
    </message>
    <message>
        <source>Báo cáo của các đơn vị</source>
        <translation>The units&apos; reports</translation>
    </message>
    <message>
        <source>Ghi ngày nhận báo cáo tổng kết của từng đơn vị.</source>
        <translation>Record when each unit&apos;s summary report was received.</translation>
    </message>
    <message>
        <source>Báo cáo tổng kết gửi Sở Nội vụ</source>
        <translation>Final report to the Department of Home Affairs</translation>
    </message>
    <message>
        <source>Viết các phần lời văn của báo cáo tổng kết rồi xuất Word/PDF.</source>
        <translation>Write the final report&apos;s narrative, then export Word/PDF.</translation>
    </message>
</context>
<context>
    <name>SeasonStepsDialog</name>
    <message>
        <source>Các bước của một đợt thi đua</source>
        <translation>Steps of a campaign</translation>
    </message>
    <message>
        <source>Làm lần lượt từ trên xuống. Bước nào đã có dữ liệu thì tự đánh dấu ✓; nút «Mở» đưa đến trang cần làm, «?» mở phần hướng dẫn của bước đó.</source>
        <translation>Work from the top down. A step with data is ticked ✓ by itself; “Open” goes to its page, “?” opens its part of the guide.</translation>
    </message>
    <message>
        <source>Hướng dẫn sử dụng (F1)</source>
        <translation>User guide (F1)</translation>
    </message>
    <message>
        <source>Chưa mở tệp dữ liệu nào.</source>
        <translation>No data file is open.</translation>
    </message>
    <message>
        <source>Chưa có đợt thi đua nào: bắt đầu ở bước 3.</source>
        <translation>No campaign yet: start at step 3.</translation>
    </message>
    <message>
        <source>Đợt đang theo dõi (mới nhất): &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Campaign followed (the newest): &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Đã xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Chưa xong</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Mở trang của bước «%1»</source>
        <translation>Open the page of “%1”</translation>
    </message>
    <message>
        <source>Hướng dẫn cho bước này</source>
        <translation>Guide for this step</translation>
    </message>
    <message>
        <source>Các bước của một đợt thi đua — xong %1/%2</source>
        <translation>Steps of a campaign — %1/%2 done</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Để trống nếu mục không có tiêu đề (phần căn cứ, đoạn kết)</source>
        <translation>Leave blank for an untitled section (basis, closing paragraph)</translation>
    </message>
    <message>
        <source>Tiêu đề:</source>
        <translation>Heading:</translation>
    </message>
    <message>
        <source>Đánh số tiêu đề</source>
        <translation>Number the heading</translation>
    </message>
    <message>
        <source>Mục liệt kê:</source>
        <translation>List items:</translation>
    </message>
    <message>
        <source>Nội dung mục:</source>
        <translation>Section holds:</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Bắt buộc</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Thêm đoạn</source>
        <translation>Add paragraph</translation>
    </message>
    <message>
        <source>Xóa đoạn</source>
        <translation>Delete paragraph</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>%1 — do %2 quyết định</source>
        <translation>%1 — decided by %2</translation>
    </message>
    <message>
        <source>Nội dung mới</source>
        <translation>New text</translation>
    </message>
    <message>
        <source>Dán đoạn</source>
        <translation>Paste paragraphs</translation>
    </message>
    <message>
        <source>Mục chứa tiêu chí hoặc hình thức khen thưởng được dùng cho bảng đánh giá và đề nghị khen thưởng. Một mục cấp cao nhất có thể là phụ lục: in sau chữ ký, trên trang riêng, đánh số trang riêng.</source>
        <translation>A section holding criteria or award forms feeds the checklists and the award proposals. A top-level section may be an annex: printed after the signature, on pages of its own, numbered on its own.</translation>
    </message>
    <message>
        <source>Tên phụ lục, ví dụ: Mẫu đăng ký thi đua (in hoa khi in)</source>
        <translation>Annex name, e.g. Mẫu đăng ký thi đua (printed in capitals)</translation>
    </message>
    <message>
        <source>Dòng bảng: các ô cách nhau bởi « | »; dòng đầu của bảng là dòng tiêu đề. Dán bảng chép từ Word hoặc Excel (Ctrl+V) để có sẵn các dòng.</source>
        <translation>Table row: cells separated by “ | ”; a table’s first row is its heading. Paste a table copied from Word or Excel (Ctrl+V) to get its rows.</translation>
    </message>
</context>
<context>
    <name>StatisticsCommand</name>
    <message>
        <source>Tệp dữ liệu (.thidua).</source>
        <translation>Database file (.thidua).</translation>
    </message>
    <message>
        <source>tệp</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Biểu số: 0601, 0602 hoặc 0603.</source>
        <translation>Form: 0601, 0602 or 0603.</translation>
    </message>
    <message>
        <source>Năm báo cáo (kỳ xét của cơ quan).</source>
        <translation>Reporting year (the agency&apos;s evaluation period).</translation>
    </message>
    <message>
        <source>Tệp kết quả.</source>
        <translation>Output file.</translation>
    </message>
    <message>
        <source>Dùng: thidua export statistics --db TỆP --form 0601|0602|0603 --year NĂM --format docx|pdf|xlsx --output TỆP</source>
        <translation>Usage: thidua export statistics --db FILE --form 0601|0602|0603 --year YEAR --format docx|pdf|xlsx --output FILE</translation>
    </message>
    <message>
        <source>Đã ghi %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>Năm đăng ký.</source>
        <translation>Registration year.</translation>
    </message>
    <message>
        <source>Số của đơn vị; bỏ trống: cả cơ quan.</source>
        <translation>The unit&apos;s number; none: the whole agency.</translation>
    </message>
    <message>
        <source>Dùng: thidua export registration --db TỆP --year NĂM [--unit SỐ] --format docx|pdf --output TỆP</source>
        <translation>Usage: thidua export registration --db FILE --year YEAR [--unit ID] --format docx|pdf --output FILE</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Biểu thống kê gửi Sở Nội vụ</source>
        <translation>Statistics forms for the Department of Home Affairs</translation>
    </message>
    <message>
        <source>Biểu:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>Ghi biểu ra tệp Excel (.xlsx) với cùng số liệu</source>
        <translation>Write the form to an Excel file (.xlsx) with the same figures</translation>
    </message>
    <message>
        <source>Số liệu tính từ các đợt thi đua, các đề nghị đã được khen và các danh hiệu đã được tặng trong kỳ; đơn vị báo cáo và nơi nhận lấy từ thông tin cơ quan.</source>
        <translation>Figures are counted from the campaigns, the proposals granted and the titles conferred in the period; the reporting and receiving units come from the agency profile.</translation>
    </message>
    <message>
        <source>Xuất biểu thống kê ra Excel</source>
        <translation>Export the statistics form to Excel</translation>
    </message>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã ghi %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>Không xuất được</source>
        <translation>Could not export</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>dữ liệu này đang được dùng ở nơi khác, hoặc trỏ tới một mục không còn tồn tại.</source>
        <translation>this data is used elsewhere, or refers to something that no longer exists.</translation>
    </message>
    <message>
        <source>đã có một mục trùng tên hoặc trùng mã.</source>
        <translation>an entry with the same name or code exists.</translation>
    </message>
    <message>
        <source>tệp dữ liệu đang bị một chương trình khác khóa.</source>
        <translation>the database is locked by another program.</translation>
    </message>
    <message>
        <source>tệp dữ liệu chỉ được phép đọc.</source>
        <translation>the database is read-only.</translation>
    </message>
    <message>
        <source>lỗi cơ sở dữ liệu.</source>
        <translation>database error.</translation>
    </message>
    <message>
        <source>Không thể %1: %2</source>
        <translation>Could not %1: %2</translation>
    </message>
    <message>
        <source>Không thể %1: %2 đã bị xóa (ở cửa sổ khác hoặc bằng lệnh khác) sau khi được mở để sửa.</source>
        <translation>Cannot %1: %2 was deleted (in another window or by another command) after it was opened for editing.</translation>
    </message>
    <message>
        <source>Không thể %1: %2 đã được sửa ở nơi khác sau khi được mở để sửa. Những gì vừa sửa chưa được lưu và vẫn còn trên màn hình; hãy ghi lại chúng, tải lại rồi sửa lại.</source>
        <translation>Cannot %1: %2 was changed elsewhere after it was opened for editing. Your edits were not saved and are still on screen; note them down, reload, then edit again.</translation>
    </message>
</context>
<context>
    <name>SubmissionRouteRepository</name>
    <message>
        <source>đọc quy định trình khen theo cấp</source>
        <translation>read the submission rules by award level</translation>
    </message>
    <message>
        <source>đọc người ký</source>
        <translation>read the signer</translation>
    </message>
    <message>
        <source>Trường «Người ký»: người này không còn trong danh sách người ký của cơ quan.</source>
        <translation>Field “Signer”: this person is no longer among the agency’s signers.</translation>
    </message>
    <message>
        <source>lưu quy định trình khen theo cấp</source>
        <translation>save the submission rules by award level</translation>
    </message>
</context>
<context>
    <name>SubmissionRoutesDialog</name>
    <message>
        <source>Trình khen theo cấp</source>
        <translation>Submission by award level</translation>
    </message>
    <message>
        <source>Với mỗi cấp khen thưởng: đơn vị đứng tên trình (Văn phòng — cơ quan thường trực Hội đồng Thi đua - Khen thưởng, hay chính cơ quan) và người ký Tờ trình. Nơi nhận (Kính gửi) sửa ở «Câu chữ hồ sơ khen thưởng…».</source>
        <translation>For each award level: who sends the submission (the Office — standing body of the Emulation and Commendation Council — or the agency itself) and who signs it. The addressees (Kính gửi) are edited under “Wording of the award paperwork…”.</translation>
    </message>
    <message>
        <source>Văn phòng trình</source>
        <translation>Office submits</translation>
    </message>
    <message>
        <source>Cơ quan trình</source>
        <translation>Agency submits</translation>
    </message>
    <message>
        <source>Mặc định: Chánh Văn phòng</source>
        <translation>Default: Head of the Office</translation>
    </message>
    <message>
        <source>Mặc định: người ký của đợt thi đua</source>
        <translation>Default: the campaign’s signer</translation>
    </message>
    <message>
        <source>ký:</source>
        <translation>signed by:</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <source>Không tìm thấy tệp «%1».</source>
        <translation>File “%1” not found.</translation>
    </message>
    <message>
        <source>Không mở được tệp «%1».</source>
        <translation>Could not open the file “%1”.</translation>
    </message>
    <message>
        <source>Tệp «%1» là bảng tính Excel 97–2003 (.xls), ThiDua chưa đọc được. Hãy mở bằng Excel và lưu lại dạng «Excel Workbook (.xlsx)».</source>
        <translation>File “%1” is an Excel 97–2003 workbook (.xls), which ThiDua cannot read yet. Open it in Excel and save it as “Excel Workbook (.xlsx)”.</translation>
    </message>
</context>
<context>
    <name>TemplateImport</name>
    <message>
        <source>Tệp không phải mẫu «%1» của ThiDua: không thấy các dòng «%2», «%3», «%4» ở đầu tệp. Hãy dùng tệp tạo bằng Tệp → Tạo mẫu Excel cho đơn vị.</source>
        <translation>The file is not a ThiDua “%1” template: the lines “%2”, “%3”, “%4” are not at its top. Use a file made with File → Excel templates for units.</translation>
    </message>
    <message>
        <source>Tệp là mẫu «%1», không phải mẫu «%2».</source>
        <translation>The file is a “%1” template, not a “%2” one.</translation>
    </message>
    <message>
        <source>Mẫu ghi «%1 %2» nhưng tệp dữ liệu này không có đợt thi đua số %2.</source>
        <translation>The template says “%1 %2” but this data file has no campaign number %2.</translation>
    </message>
    <message>
        <source>Mẫu ghi «%1 %2» nhưng cơ quan không có đơn vị mã «%2».</source>
        <translation>The template says “%1 %2” but the agency has no unit with code “%2”.</translation>
    </message>
    <message>
        <source>có tóm tắt thành tích nhưng chưa chọn hình thức khen thưởng.</source>
        <translation>has a summary of achievements but no award form chosen.</translation>
    </message>
    <message>
        <source>chưa ghi tóm tắt thành tích cho đề nghị «%1».</source>
        <translation>no summary of achievements for the proposal “%1”.</translation>
    </message>
    <message>
        <source>không có cán bộ «%1» trong «%2»: thêm người này ở trang Đơn vị &amp; cán bộ (hoặc nhập danh sách cán bộ) rồi nhập lại.</source>
        <translation>there is no “%1” in “%2”: add this person on the Units &amp; people page (or import a list of people), then import again.</translation>
    </message>
    <message>
        <source>«%2» có %1 người tên «%3»; ghi năm sinh ở cột «Năm sinh» để phân biệt.</source>
        <translation>“%2” has %1 people named “%3”; write the birth year in the “Năm sinh” column to tell them apart.</translation>
    </message>
    <message>
        <source>«%1» không có trong danh mục hình thức khen thưởng (%2).</source>
        <translation>“%1” is not in the list of award forms (%2).</translation>
    </message>
    <message>
        <source>trùng với dòng %1 (cùng người, cùng hình thức).</source>
        <translation>duplicates row %1 (same nominee, same form).</translation>
    </message>
    <message>
        <source>mẫu số liệu chỉ có một dòng dưới tiêu đề; xóa dòng này.</source>
        <translation>the figures template has a single row under the header; delete this one.</translation>
    </message>
    <message>
        <source>Tập thể / cá nhân</source>
        <translation>Collective / person</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Hình thức khen thưởng</source>
        <translation>Award form</translation>
    </message>
    <message>
        <source>Tóm tắt thành tích</source>
        <translation>Summary of achievements</translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>Ngày văn bản</source>
        <translation>Document date</translation>
    </message>
    <message>
        <source>Số sáng kiến</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Số mô hình, cách làm hay</source>
        <translation>Models and good practices</translation>
    </message>
    <message>
        <source>Số cá nhân được đơn vị khen</source>
        <translation>People commended by the unit</translation>
    </message>
    <message>
        <source>Tóm tắt kết quả</source>
        <translation>Summary of results</translation>
    </message>
    <message>
        <source>Đợt «%1» — đơn vị «%2»</source>
        <translation>Campaign “%1” — unit “%2”</translation>
    </message>
    <message>
        <source>«%1» không có trong danh mục danh hiệu (%2).</source>
        <translation>“%1” is not in the title catalogue (%2).</translation>
    </message>
    <message>
        <source>«%1» là danh hiệu cho cá nhân, không đăng ký cho tập thể.</source>
        <translation>“%1” is a title for individuals, not registered for a collective.</translation>
    </message>
    <message>
        <source>«%1» là danh hiệu cho tập thể, không đăng ký cho cá nhân.</source>
        <translation>“%1” is a title for collectives, not registered for a person.</translation>
    </message>
    <message>
        <source>trùng với dòng %1: mỗi tập thể, cá nhân đăng ký một danh hiệu.</source>
        <translation>same as row %1: each collective or person registers one title.</translation>
    </message>
    <message>
        <source>Danh hiệu đăng ký</source>
        <translation>Registered title</translation>
    </message>
    <message>
        <source>Đăng ký thi đua năm %1 — đơn vị «%2»</source>
        <translation>Emulation registration %1 — unit “%2”</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <source>Viết tắt, không dấu cách: VP, TTR…</source>
        <translation>Short, without spaces: VP, TTR…</translation>
    </message>
    <message>
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <source>Mã:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
</context>
<context>
    <name>UnitReport</name>
    <message>
        <source>Chưa nộp</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>Đã nộp</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Nộp muộn</source>
        <translation>Late</translation>
    </message>
</context>
<context>
    <name>UnitReportRepository</name>
    <message>
        <source>Trường «Số văn bản» dài quá %1 ký tự.</source>
        <translation>Field “Document no.” is longer than %1 characters.</translation>
    </message>
    <message>
        <source>Trường «Tóm tắt kết quả» dài quá %1 ký tự.</source>
        <translation>Field “Summary of results” is longer than %1 characters.</translation>
    </message>
    <message>
        <source>Số sáng kiến</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Số mô hình, cách làm hay</source>
        <translation>Models and good practices</translation>
    </message>
    <message>
        <source>Số cá nhân được đơn vị khen</source>
        <translation>People commended by the unit</translation>
    </message>
    <message>
        <source>Trường «%1»: phải là số từ 0 đến %2.</source>
        <translation>Field “%1”: must be a number from 0 to %2.</translation>
    </message>
    <message>
        <source>Trường «Ngày văn bản» sau «Ngày nhận»: văn bản không thể đến trước khi ban hành.</source>
        <translation>Field “Document date” is after “Received on”: a document cannot arrive before it is issued.</translation>
    </message>
    <message>
        <source>đọc hạn nộp báo cáo</source>
        <translation>read the report deadline</translation>
    </message>
    <message>
        <source>Không tìm thấy đợt thi đua số %1.</source>
        <translation>Campaign %1 not found.</translation>
    </message>
    <message>
        <source>lưu hạn nộp báo cáo</source>
        <translation>save the report deadline</translation>
    </message>
    <message>
        <source>đọc báo cáo của các đơn vị</source>
        <translation>read the units’ reports</translation>
    </message>
    <message>
        <source>đọc tệp đính kèm báo cáo</source>
        <translation>read the reports’ attached files</translation>
    </message>
    <message>
        <source>lưu báo cáo của đơn vị</source>
        <translation>save the unit’s report</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp «%1».</source>
        <translation>File “%1” not found.</translation>
    </message>
    <message>
        <source>Không tạo được thư mục tệp đính kèm «%1».</source>
        <translation>Could not create the attachments folder “%1”.</translation>
    </message>
    <message>
        <source>Không chép được tệp «%1» vào thư mục tệp đính kèm.</source>
        <translation>Could not copy “%1” into the attachments folder.</translation>
    </message>
    <message>
        <source>ghi tệp đính kèm</source>
        <translation>record the attached file</translation>
    </message>
    <message>
        <source>xóa tệp đính kèm</source>
        <translation>remove the attached file</translation>
    </message>
    <message>
        <source>Không chép được tệp đính kèm «%1» sang bản sao.</source>
        <translation>Could not copy the attachment “%1” to the copy.</translation>
    </message>
    <message>
        <source>Không thay được thư mục tệp đính kèm «%1».</source>
        <translation>Could not replace the attachments folder “%1”.</translation>
    </message>
    <message>
        <source>Tệp đính kèm «%1» được ghi ở «%2», ngoài thư mục tệp đính kèm: ThiDua không mở và không xóa tệp đó.</source>
        <translation>The attachment “%1” is recorded at “%2”, outside the attachments folder: ThiDua neither opens nor deletes that file.</translation>
    </message>
    <message>
        <source>báo cáo của đơn vị này</source>
        <translation>this unit&apos;s report</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>đọc danh sách đơn vị</source>
        <translation>read the list of units</translation>
    </message>
    <message>
        <source>kiểm tra trùng tên đơn vị</source>
        <translation>check for duplicate unit names</translation>
    </message>
    <message>
        <source>Trường «Tên đơn vị»: đã có đơn vị «%1».</source>
        <translation>Field “Unit name”: unit “%1” already exists.</translation>
    </message>
    <message>
        <source>Trường «Mã đơn vị»: mã «%1» đã được dùng cho đơn vị khác.</source>
        <translation>Field “Unit code”: code “%1” is used by another unit.</translation>
    </message>
    <message>
        <source>thêm đơn vị</source>
        <translation>add the unit</translation>
    </message>
    <message>
        <source>sửa đơn vị</source>
        <translation>change the unit</translation>
    </message>
    <message>
        <source>kiểm tra cán bộ của đơn vị</source>
        <translation>check the unit’s people</translation>
    </message>
    <message>
        <source>Không thể xóa đơn vị: còn %1 cán bộ thuộc đơn vị này. Hãy chuyển hoặc xóa họ trước.</source>
        <translation>Cannot delete the unit: %1 people still belong to it. Move or delete them first.</translation>
    </message>
    <message>
        <source>xóa đơn vị</source>
        <translation>delete the unit</translation>
    </message>
    <message>
        <source>đơn vị «%1»</source>
        <translation>unit “%1”</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <source>%1 (mẫu)</source>
        <translation>%1 (sample)</translation>
    </message>
    <message>
        <source>Dữ liệu mẫu: có thể xóa một lần bằng nút «Xóa dữ liệu mẫu».</source>
        <translation>Sample data: remove it all at once with “Delete sample data”.</translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>UnitTemplate</name>
    <message>
        <source>Đề nghị khen thưởng</source>
        <translation>Award proposals</translation>
    </message>
    <message>
        <source>Số liệu báo cáo tổng kết</source>
        <translation>Summary report figures</translation>
    </message>
    <message>
        <source>Số đợt:</source>
        <translation>Campaign no.:</translation>
    </message>
    <message>
        <source>Mã đơn vị:</source>
        <translation>Unit code:</translation>
    </message>
    <message>
        <source>Mẫu:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>Không tìm thấy đơn vị số %1.</source>
        <translation>Unit number %1 was not found.</translation>
    </message>
    <message>
        <source>Chọn hình thức khen thưởng (cột E) cho tập thể, cá nhân được đề nghị và ghi tóm tắt thành tích (cột F); để trống cột E nếu không đề nghị. Người chưa có trong danh sách: thêm ở cuối. Không sửa các dòng 2–6.</source>
        <translation>Choose the award form (column E) for each collective or person proposed and write the summary of achievements (column F); leave column E empty if not proposed. People not listed: add them at the end. Do not change lines 2–6.</translation>
    </message>
    <message>
        <source>Ghi số, ngày văn bản báo cáo của đơn vị và các số liệu vào dòng dưới tiêu đề. Không sửa các dòng 2–6.</source>
        <translation>Write the number and date of the unit’s report and its figures on the row under the header. Do not change lines 2–6.</translation>
    </message>
    <message>
        <source>DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG</source>
        <translation>LIST OF AWARD PROPOSALS</translation>
    </message>
    <message>
        <source>SỐ LIỆU BÁO CÁO TỔNG KẾT</source>
        <translation>SUMMARY REPORT FIGURES</translation>
    </message>
    <message>
        <source>Đợt thi đua:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Hướng dẫn:</source>
        <translation>Instructions:</translation>
    </message>
    <message>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Tập thể / cá nhân</source>
        <translation>Collective / person</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Hình thức khen thưởng</source>
        <translation>Award form</translation>
    </message>
    <message>
        <source>Tóm tắt thành tích</source>
        <translation>Summary of achievements</translation>
    </message>
    <message>
        <source>Tập thể</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>Ngày văn bản</source>
        <translation>Document date</translation>
    </message>
    <message>
        <source>Số sáng kiến</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Số mô hình, cách làm hay</source>
        <translation>Models and good practices</translation>
    </message>
    <message>
        <source>Số cá nhân được đơn vị khen</source>
        <translation>People commended by the unit</translation>
    </message>
    <message>
        <source>Tóm tắt kết quả</source>
        <translation>Summary of results</translation>
    </message>
    <message>
        <source>Đăng ký thi đua</source>
        <translation>Emulation registration</translation>
    </message>
    <message>
        <source>Năm đăng ký:</source>
        <translation>Registration year:</translation>
    </message>
</context>
<context>
    <name>UnitTemplateDialog</name>
    <message>
        <source>Tạo mẫu Excel cho đơn vị</source>
        <translation>Excel templates for units</translation>
    </message>
    <message>
        <source>&amp;Mẫu:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>Đợt &amp;thi đua:</source>
        <translation>&amp;Campaign:</translation>
    </message>
    <message>
        <source>Đơn &amp;vị:</source>
        <translation>&amp;Units:</translation>
    </message>
    <message>
        <source>Mỗi đơn vị một tệp, điền sẵn tên đơn vị và cán bộ. Đơn vị điền xong gửi lại; nhập bằng Tệp → Nhập danh sách từ Excel.</source>
        <translation>One file per unit, filled in with the unit’s name and people. Units send them back filled; import them with File → Import a list from Excel.</translation>
    </message>
    <message>
        <source>Chọn &amp;tất cả</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>&amp;Bỏ chọn</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <source>&amp;Lưu vào thư mục…</source>
        <translation>&amp;Save to folder…</translation>
    </message>
    <message>
        <source>Thư mục đã có %1 tệp cùng tên (%2). Ghi đè?</source>
        <translation>The folder already has %1 files with these names (%2). Replace them?</translation>
    </message>
    <message>
        <source>Chưa ghi tệp nào.</source>
        <translation>No file was written.</translation>
    </message>
    <message>
        <source>Chưa chọn đơn vị nào.</source>
        <translation>No unit is selected.</translation>
    </message>
    <message>
        <source>Lưu mẫu vào thư mục</source>
        <translation>Save the templates to a folder</translation>
    </message>
    <message>
        <source>Đã tạo mẫu</source>
        <translation>Templates saved</translation>
    </message>
    <message>
        <source>Đã lưu %1 tệp vào %2</source>
        <translation>Saved %1 files in %2</translation>
    </message>
    <message>
        <source>Năm đăng &amp;ký:</source>
        <translation>&amp;Registration year:</translation>
    </message>
</context>
<context>
    <name>UnitTemplateText</name>
    <message>
        <source>ĐĂNG KÝ THI ĐUA NĂM %1</source>
        <translation>EMULATION REGISTRATION %1</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Hướng dẫn:</source>
        <translation>Instructions:</translation>
    </message>
    <message>
        <source>Chọn danh hiệu đăng ký (cột E) cho đơn vị (dòng «Tập thể») và cho từng người; để trống nếu không đăng ký. Người chưa có trong danh sách: báo Văn phòng thêm. Không sửa các dòng 2–5.</source>
        <translation>Choose the registered title (column E) for the unit (the “Collective” row) and for each person; leave it empty when not registering. Someone missing from the list: ask the Office to add them. Do not change lines 2–5.</translation>
    </message>
    <message>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Tập thể / cá nhân</source>
        <translation>Collective / person</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Danh hiệu đăng ký</source>
        <translation>Registered title</translation>
    </message>
    <message>
        <source>Tập thể</source>
        <translation>Collective</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Trường «%1»: %2</source>
        <translation>Field “%1”: %2</translation>
    </message>
    <message>
        <source>không được để trống.</source>
        <translation>must not be empty.</translation>
    </message>
    <message>
        <source>dài %1 ký tự, vượt quá giới hạn %2 ký tự.</source>
        <translation>is %1 characters long, over the limit of %2.</translation>
    </message>
    <message>
        <source>Đề cương kế hoạch</source>
        <translation>Plan outline</translation>
    </message>
    <message>
        <source>sâu quá %1 cấp.</source>
        <translation>is deeper than %1 levels.</translation>
    </message>
    <message>
        <source>Tiêu đề mục</source>
        <translation>Section heading</translation>
    </message>
    <message>
        <source>Nội dung đoạn trong mục «%1»</source>
        <translation>Paragraph text in section “%1”</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản</source>
        <translation>Parent authority</translation>
    </message>
    <message>
        <source>Tên cơ quan</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <source>Chữ viết tắt</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <source>Họ và tên người ký</source>
        <translation>Signer’s full name</translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation>Signer’s position</translation>
    </message>
    <message>
        <source>Quyền hạn ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Mã đơn vị</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <source>không được chứa dấu cách.</source>
        <translation>must not contain spaces.</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>chưa chọn đơn vị.</source>
        <translation>no unit chosen.</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>%1 nằm ngoài khoảng %2–%3.</source>
        <translation>%1 is outside %2–%3.</translation>
    </message>
    <message>
        <source>Tên đợt thi đua</source>
        <translation>Campaign name</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Ngày bắt đầu</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>chưa nhập hoặc không hợp lệ.</source>
        <translation>missing or invalid.</translation>
    </message>
    <message>
        <source>Ngày kết thúc</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>phải sau ngày bắt đầu.</source>
        <translation>must be after the start date.</translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>Năm ban hành</source>
        <translation>Year of issue</translation>
    </message>
    <message>
        <source>%1 không hợp lệ.</source>
        <translation>%1 is not valid.</translation>
    </message>
    <message>
        <source>Tháng ban hành</source>
        <translation>Month of issue</translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation>Day of issue</translation>
    </message>
    <message>
        <source>cần có tháng khi đã có ngày.</source>
        <translation>needs a month when a day is given.</translation>
    </message>
    <message>
        <source>ngày %1 không có trong tháng %2.</source>
        <translation>day %1 does not exist in month %2.</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Ngưỡng thông qua của hội đồng</source>
        <translation>Council pass threshold</translation>
    </message>
    <message>
        <source>%1% phải từ 0 đến dưới 100.</source>
        <translation>%1% must be from 0 to below 100.</translation>
    </message>
    <message>
        <source>Tên cơ quan viết trong câu</source>
        <translation>Agency name in sentences</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <source>Kết quả bỏ phiếu của hội đồng</source>
        <translation>Council vote</translation>
    </message>
    <message>
        <source>Số thành viên hội đồng:</source>
        <translation>Council members:</translation>
    </message>
    <message>
        <source>Số thành viên có mặt:</source>
        <translation>Members present:</translation>
    </message>
    <message>
        <source>Số phiếu đồng ý:</source>
        <translation>Votes for:</translation>
    </message>
    <message>
        <source>Kết quả:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>Không ghi được kết quả</source>
        <translation>Could not record the vote</translation>
    </message>
    <message>
        <source>Lưu ý: %1 — Biên bản chỉ lập được khi số có mặt đúng với cuộc họp.</source>
        <translation>Note: %1 — the minutes can only be made when those present match the meeting.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Dòng «Theo đề nghị» (Quyết định)</source>
        <translation>“On the proposal of” line (decision)</translation>
    </message>
    <message>
        <source>Điều 2 (Quyết định)</source>
        <translation>Article 2 (decision)</translation>
    </message>
    <message>
        <source>Điều 3 (Quyết định)</source>
        <translation>Article 3 (decision)</translation>
    </message>
    <message>
        <source>Kính gửi (Tờ trình lên cấp trên; mỗi nơi cách nhau bởi «;»)</source>
        <translation>To (submission above the agency; addressees separated by “;”)</translation>
    </message>
    <message>
        <source>Căn cứ pháp lý (Tờ trình)</source>
        <translation>Legal basis (submission)</translation>
    </message>
    <message>
        <source>Căn cứ pháp lý (Quyết định)</source>
        <translation>Legal basis (decision)</translation>
    </message>
    <message>
        <source>Căn cứ quy chế thi đua, khen thưởng của tỉnh ({quy chế})</source>
        <translation>Basis: the province&apos;s emulation and commendation rules ({quy chế})</translation>
    </message>
</context>
<context>
    <name>WordingDialog</name>
    <message>
        <source>Câu chữ hồ sơ khen thưởng</source>
        <translation>Paperwork wording</translation>
    </message>
    <message>
        <source>Những câu chữ này tùy theo quy chế thi đua, khen thưởng của tỉnh. Chữ trong ngoặc nhọn được điền tự động khi lập văn bản.</source>
        <translation>This wording depends on the province’s emulation and commendation rules. Words in braces are filled in when a document is made.</translation>
    </message>
    <message>
        <source>Chỗ điền: %1</source>
        <translation>Placeholders: %1</translation>
    </message>
    <message>
        <source>Mặc định</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Trở lại câu chữ mặc định</source>
        <translation>Back to the default wording</translation>
    </message>
</context>
<context>
    <name>WordingRepository</name>
    <message>
        <source>đọc câu chữ hồ sơ khen thưởng</source>
        <translation>read the paperwork wording</translation>
    </message>
    <message>
        <source>Trường «%1» dài quá %2 ký tự.</source>
        <translation>Field “%1” is longer than %2 characters.</translation>
    </message>
    <message>
        <source>Trường «%1»: không có chỗ điền «%2». Dùng được: %3.</source>
        <translation>Field “%1”: there is no placeholder “%2”. Available: %3.</translation>
    </message>
    <message>
        <source>lưu câu chữ hồ sơ khen thưởng</source>
        <translation>save the paperwork wording</translation>
    </message>
</context>
<context>
    <name>WriterLock</name>
    <message>
        <source>một người dùng khác</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>%1 trên máy %2</source>
        <translation>%1 on computer %2</translation>
    </message>
    <message>
        <source>không rõ</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source> (từ %1)</source>
        <translation> (since %1)</translation>
    </message>
    <message>
        <source>Tệp «%1» đang được mở để ghi bởi %2. Chỉ một người được sửa một tệp dữ liệu cùng lúc.</source>
        <translation>The file “%1” is open for writing by %2. Only one person at a time may edit a data file.</translation>
    </message>
    <message>
        <source>một chương trình khác</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>Không tạo được tệp khóa «%1» bên cạnh tệp dữ liệu (thư mục chỉ cho đọc?).</source>
        <translation>Could not create the lock file “%1” beside the data file (is the folder read-only?).</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>Tệp «%1» không phải là bảng tính Excel (.xlsx) hợp lệ hoặc đã bị hỏng.</source>
        <translation>“%1” is not a valid Excel workbook (.xlsx), or it is damaged.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp «%1».</source>
        <translation>File “%1” not found.</translation>
    </message>
    <message>
        <source>không có trang tính nào</source>
        <translation>there is no worksheet</translation>
    </message>
    <message>
        <source>quá %1 dòng</source>
        <translation>more than %1 rows</translation>
    </message>
    <message>
        <source>ô «%1» không hợp lệ</source>
        <translation>cell “%1” is not valid</translation>
    </message>
    <message>
        <source>ô %1 trỏ tới chuỗi không tồn tại</source>
        <translation>cell %1 points to a string that does not exist</translation>
    </message>
    <message>
        <source>Không đọc tệp «%1»: %2.</source>
        <translation>Not reading “%1”: %2.</translation>
    </message>
    <message>
        <source>quá nhiều chuỗi văn bản (hơn %L1 chuỗi hoặc %L2 ký tự)</source>
        <translation>too much text (over %L1 strings or %L2 characters)</translation>
    </message>
    <message>
        <source>trang tính khai báo %L1 dòng, quá %L2 dòng</source>
        <translation>the sheet declares %L1 rows, over %L2 rows</translation>
    </message>
    <message>
        <source>ô %1 có dữ liệu ở quá xa (danh sách chỉ đọc tới cột %2); hãy xóa ô đó rồi lưu lại</source>
        <translation>cell %1 holds data too far to the right (a list is read up to column %2); delete that cell and save again</translation>
    </message>
    <message>
        <source>trang tính quá lớn (hơn %L1 ô tính tới ô %2)</source>
        <translation>the sheet is too large (over %L1 cells by cell %2)</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Không ghi được tệp Excel «%1».</source>
        <translation>Could not write the Excel file “%1”.</translation>
    </message>
    <message>
        <source>Bảng «%1», dòng %2, cột «%3»: nội dung dài %4 ký tự, quá giới hạn %5 ký tự một ô của Excel.</source>
        <translation>Sheet “%1”, row %2, column “%3”: the text is %4 characters long, beyond Excel’s limit of %5 characters per cell.</translation>
    </message>
    <message>
        <source>Không tạo được tệp Excel «%1».</source>
        <translation>Could not create the Excel file “%1”.</translation>
    </message>
    <message>
        <source>Tên bảng «%1» không hợp lệ trong Excel.</source>
        <translation>Sheet name “%1” is not valid in Excel.</translation>
    </message>
    <message>
        <source>Danh mục</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>Không ghi được tệp tạm của Excel vào thư mục «%1» (ổ đĩa đầy hoặc không có quyền ghi).</source>
        <translation>Could not write Excel&apos;s temporary files to the folder “%1” (disk full or no permission to write).</translation>
    </message>
    <message>
        <source>Không tạo được bảng «%1» của tệp Excel (thiếu bộ nhớ hoặc không ghi được tệp tạm).</source>
        <translation>Could not create the sheet “%1” of the Excel file (out of memory or temporary files cannot be written).</translation>
    </message>
    <message>
        <source>Không tạo được tệp tạm trong thư mục «%1».</source>
        <translation>Could not create a temporary file in the folder “%1”.</translation>
    </message>
</context>
<context>
    <name>YearEndModel</name>
    <message>
        <source>✓ Đủ</source>
        <translation>✓ Yes</translation>
    </message>
    <message>
        <source>(chưa)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Đang xem xét</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Dẫn đầu</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Chưa xếp loại</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Phòng, đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Xếp loại</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Kỷ luật</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Xem xét</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Cụm, khối</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>%1
%2 đủ</source>
        <translation>%1
%2 eligible</translation>
    </message>
    <message>
        <source>Đăng ký đầu năm: %1</source>
        <translation>Registered at the start of the year: %1</translation>
    </message>
    <message>
        <source>Chưa đăng ký</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>Đăng ký</source>
        <translation>Registered</translation>
    </message>
</context>
<context>
    <name>YearRecordRepository</name>
    <message>
        <source>Trường «Năm»: %1 không phải là năm hợp lệ (từ %2 đến %3).</source>
        <translation>Field “Year”: %1 is not a valid year (from %2 to %3).</translation>
    </message>
    <message>
        <source>Trường «Tên sáng kiến, đề tài»: không được để trống.</source>
        <translation>Field “Initiative or research title”: must not be empty.</translation>
    </message>
    <message>
        <source>Trường «Tác giả»: hãy chọn người.</source>
        <translation>Field “Author”: choose a person.</translation>
    </message>
    <message>
        <source>đọc kết quả xếp loại cá nhân</source>
        <translation>read the individual ratings</translation>
    </message>
    <message>
        <source>Trường «Đơn vị»: hãy chọn đơn vị công tác trong năm.</source>
        <translation>Field “Unit”: choose the unit worked in that year.</translation>
    </message>
    <message>
        <source>lưu kết quả xếp loại cá nhân</source>
        <translation>save the individual ratings</translation>
    </message>
    <message>
        <source>xóa kết quả xếp loại cá nhân</source>
        <translation>delete the individual rating</translation>
    </message>
    <message>
        <source>đọc kết quả xếp loại tập thể</source>
        <translation>read the collective ratings</translation>
    </message>
    <message>
        <source>lưu kết quả xếp loại tập thể</source>
        <translation>save the collective ratings</translation>
    </message>
    <message>
        <source>đọc sáng kiến, đề tài</source>
        <translation>read the initiatives and research</translation>
    </message>
    <message>
        <source>thêm sáng kiến, đề tài</source>
        <translation>add the initiative or research</translation>
    </message>
    <message>
        <source>sửa sáng kiến, đề tài</source>
        <translation>change the initiative or research</translation>
    </message>
    <message>
        <source>xóa sáng kiến, đề tài</source>
        <translation>delete the initiative or research</translation>
    </message>
    <message>
        <source>đọc danh hiệu đã được tặng</source>
        <translation>read the titles conferred</translation>
    </message>
    <message>
        <source>Trường «Danh hiệu»: danh hiệu này không tặng cho %1.</source>
        <translation>Field “Title”: this title is not conferred on %1.</translation>
    </message>
    <message>
        <source>tập thể</source>
        <translation>collectives</translation>
    </message>
    <message>
        <source>cá nhân</source>
        <translation>individuals</translation>
    </message>
    <message>
        <source>ghi danh hiệu đã được tặng</source>
        <translation>record the title conferred</translation>
    </message>
    <message>
        <source>xóa danh hiệu đã được tặng</source>
        <translation>delete the title conferred</translation>
    </message>
    <message>
        <source>đọc đăng ký thi đua</source>
        <translation>read the emulation registrations</translation>
    </message>
    <message>
        <source>Trường «Danh hiệu đăng ký»: «%1» không đăng ký cho %2.</source>
        <translation>Field “Registered title”: “%1” is not registered for %2.</translation>
    </message>
    <message>
        <source>lưu đăng ký thi đua</source>
        <translation>save the emulation registration</translation>
    </message>
</context>
<context>
    <name>ZipPackage</name>
    <message>
        <source>thiếu phần «%1»</source>
        <translation>part “%1” is missing</translation>
    </message>
    <message>
        <source>phần «%1» quá lớn</source>
        <translation>part “%1” is too large</translation>
    </message>
    <message>
        <source>không đọc hết phần «%1»</source>
        <translation>part “%1” could not be read whole</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Quản lý thi đua, khen thưởng.</source>
        <translation>Emulation and commendation management.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu .thidua cần mở.</source>
        <translation>The .thidua database to open.</translation>
    </message>
</context>
</TS>
