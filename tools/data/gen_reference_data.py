#!/usr/bin/env python3
"""One-off generator of the sample criteria set (sums checked here); the YAML in data/ is the source afterwards."""
from decimal import Decimal as D

B, P, G, M, S = "BINARY", "PROPORTIONAL", "GRADED", "MANUAL", "SURVEY"
# field: (name, [(criterion name, [(leaf name, max, method, naAllowed, evidence, guidance)])])
SET = [
 ("Công tác chỉ đạo, điều hành cải cách hành chính", [
   ("Kế hoạch cải cách hành chính năm", [
     ("Ban hành kế hoạch CCHC năm kịp thời, đúng quy định", "1", B, False, "Quyết định ban hành kế hoạch CCHC năm", "Ban hành trước 31/12 năm trước: 1 điểm; chậm: 0 điểm"),
     ("Mức độ hoàn thành kế hoạch CCHC", "2", P, False, "Báo cáo kết quả thực hiện kế hoạch, danh mục nhiệm vụ", "Điểm = tỷ lệ % nhiệm vụ hoàn thành × 2")]),
   ("Báo cáo cải cách hành chính", [
     ("Thực hiện đầy đủ, đúng hạn chế độ báo cáo CCHC định kỳ", "1", B, False, "Các báo cáo quý, năm gửi Bộ Nội vụ", "Đủ, đúng hạn: 1 điểm; thiếu hoặc chậm: 0 điểm")]),
   ("Kiểm tra công tác cải cách hành chính", [
     ("Thực hiện kế hoạch kiểm tra CCHC và xử lý sau kiểm tra", "1", G, False, "Kế hoạch, kết luận kiểm tra", "Hoàn thành 100%: 1 điểm; từ 80%: 0,5 điểm; dưới 80%: 0 điểm")]),
   ("Công tác tuyên truyền cải cách hành chính", [
     ("Ban hành và thực hiện kế hoạch tuyên truyền CCHC", "1", G, False, "Kế hoạch, báo cáo tuyên truyền", "Hoàn thành: 1 điểm; hoàn thành một phần: 0,5 điểm")]),
   ("Sáng kiến, giải pháp mới trong cải cách hành chính", [
     ("Có sáng kiến, giải pháp mới được công nhận và áp dụng", "0.5", B, True, "Quyết định công nhận sáng kiến", "Có: 0,5 điểm; không: 0 điểm")]),
   ("Đối thoại của lãnh đạo tỉnh với người dân, doanh nghiệp", [
     ("Tổ chức đối thoại của Chủ tịch UBND tỉnh với người dân, doanh nghiệp", "0.5", B, False, "Thông báo, biên bản hội nghị đối thoại", "Có tổ chức: 0,5 điểm; không: 0 điểm")]),
   ("Thực hiện nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao", [
     ("Tỷ lệ nhiệm vụ được giao hoàn thành đúng hạn", "1", P, False, "Báo cáo từ Hệ thống theo dõi nhiệm vụ", "Điểm = tỷ lệ % hoàn thành đúng hạn × 1")]),
   ("Đánh giá qua điều tra xã hội học về công tác chỉ đạo, điều hành", [
     ("Đánh giá của đại biểu, lãnh đạo về công tác chỉ đạo, điều hành CCHC", "2", S, False, None, "Do Bộ Nội vụ chấm qua điều tra xã hội học")]),
 ]),
 ("Cải cách thể chế", [
   ("Xây dựng và ban hành văn bản quy phạm pháp luật tại tỉnh", [
     ("Ban hành kế hoạch xây dựng VBQPPL năm", "1", B, False, "Kế hoạch xây dựng VBQPPL", "Có, đúng hạn: 1 điểm; không: 0 điểm"),
     ("Mức độ hoàn thành kế hoạch xây dựng VBQPPL", "1.5", P, False, "Danh mục văn bản đã ban hành", "Điểm = tỷ lệ % × 1,5")]),
   ("Rà soát, hệ thống hóa văn bản quy phạm pháp luật", [
     ("Thực hiện rà soát, hệ thống hóa và xử lý kết quả rà soát", "1.5", G, False, "Báo cáo rà soát, quyết định công bố", "Hoàn thành: 1,5 điểm; một phần: 0,75 điểm")]),
   ("Tổ chức thi hành văn bản quy phạm pháp luật", [
     ("Theo dõi tình hình thi hành pháp luật", "1", B, False, "Kế hoạch, báo cáo theo dõi thi hành pháp luật", "Có: 1 điểm; không: 0 điểm"),
     ("Kiểm tra và xử lý văn bản quy phạm pháp luật", "1", G, False, "Báo cáo kiểm tra văn bản", "Xử lý 100% văn bản trái pháp luật: 1 điểm")]),
   ("Thanh tra, kiểm tra việc thực hiện pháp luật", [
     ("Thực hiện kế hoạch thanh tra, kiểm tra chuyên ngành", "2", P, False, "Kết luận thanh tra, kiểm tra", "Điểm = tỷ lệ % × 2")]),
   ("Đánh giá qua điều tra xã hội học về cải cách thể chế", [
     ("Đánh giá về chất lượng, tính khả thi của văn bản do tỉnh ban hành", "2", S, False, None, "Do Bộ Nội vụ chấm qua điều tra xã hội học")]),
 ]),
 ("Cải cách thủ tục hành chính", [
   ("Kiểm soát thủ tục hành chính", [
     ("Thực hiện kế hoạch rà soát, đánh giá TTHC", "1.5", P, False, "Kế hoạch, báo cáo rà soát TTHC", "Điểm = tỷ lệ % × 1,5"),
     ("Công bố, công khai thủ tục hành chính đúng quy định", "1.5", B, False, "Quyết định công bố TTHC", "Đầy đủ, đúng hạn: 1,5 điểm")]),
   ("Thực hiện cơ chế một cửa, một cửa liên thông", [
     ("Tổ chức Bộ phận Một cửa, Trung tâm Phục vụ hành chính công theo quy định", "2", B, False, "Quyết định thành lập, quy chế hoạt động", "Đúng quy định: 2 điểm"),
     ("Thực hiện quy trình nội bộ, điện tử giải quyết TTHC", "1.5", P, False, "Quyết định phê duyệt quy trình", "Điểm = tỷ lệ % TTHC có quy trình × 1,5")]),
   ("Kết quả giải quyết thủ tục hành chính", [
     ("Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn", "2.5", P, False, "Số liệu trên Hệ thống thông tin giải quyết TTHC", "Điểm = tỷ lệ % đúng hạn × 2,5")]),
   ("Đánh giá qua điều tra xã hội học về cải cách TTHC", [
     ("Đánh giá về tính công khai, minh bạch của TTHC", "4", S, False, None, "Do Bộ Nội vụ chấm qua điều tra xã hội học")]),
 ]),
 ("Cải cách tổ chức bộ máy hành chính nhà nước", [
   ("Sắp xếp tổ chức bộ máy", [
     ("Sắp xếp cơ quan chuyên môn, đơn vị trực thuộc theo quy định", "2", B, False, "Quyết định sắp xếp tổ chức", "Đúng quy định, đúng hạn: 2 điểm"),
     ("Sắp xếp đơn vị sự nghiệp công lập", "1.5", P, False, "Đề án, quyết định sắp xếp", "Điểm = tỷ lệ % × 1,5")]),
   ("Quản lý biên chế", [
     ("Thực hiện biên chế được giao và tinh giản biên chế", "2", G, False, "Quyết định giao biên chế, báo cáo tinh giản", "Đạt chỉ tiêu: 2 điểm; đạt một phần: 1 điểm")]),
   ("Phân cấp, ủy quyền quản lý nhà nước", [
     ("Thực hiện phân cấp, ủy quyền và kiểm tra việc thực hiện", "2", G, True, "Quyết định phân cấp, ủy quyền", "Hoàn thành: 2 điểm; một phần: 1 điểm")]),
   ("Đánh giá qua điều tra xã hội học về tổ chức bộ máy", [
     ("Đánh giá về tính hợp lý của tổ chức bộ máy", "3", S, False, None, "Do Bộ Nội vụ chấm qua điều tra xã hội học")]),
 ]),
 ("Cải cách chế độ công vụ", [
   ("Vị trí việc làm", [
     ("Phê duyệt vị trí việc làm của cơ quan, tổ chức", "2", P, False, "Quyết định phê duyệt vị trí việc làm", "Điểm = tỷ lệ % cơ quan đã phê duyệt × 2"),
     ("Bố trí công chức theo vị trí việc làm", "1", B, False, "Báo cáo rà soát bố trí công chức", "Đúng vị trí việc làm: 1 điểm")]),
   ("Tuyển dụng công chức, viên chức", [
     ("Thực hiện tuyển dụng đúng quy định", "2", B, False, "Kế hoạch, kết quả tuyển dụng", "Đúng quy định: 2 điểm")]),
   ("Đánh giá, xếp loại chất lượng", [
     ("Đánh giá, xếp loại công chức, viên chức theo quy định", "2", B, False, "Quyết định xếp loại chất lượng", "Đúng quy định, đúng hạn: 2 điểm")]),
   ("Đào tạo, bồi dưỡng", [
     ("Mức độ hoàn thành kế hoạch đào tạo, bồi dưỡng", "2", P, False, "Kế hoạch, báo cáo đào tạo, bồi dưỡng", "Điểm = tỷ lệ % × 2")]),
   ("Kỷ luật, kỷ cương hành chính", [
     ("Chấp hành kỷ luật, kỷ cương hành chính", "2", G, False, "Báo cáo kiểm tra công vụ", "Không có vi phạm: 2 điểm; có vi phạm đã xử lý: 1 điểm")]),
   ("Đánh giá qua điều tra xã hội học về chế độ công vụ", [
     ("Đánh giá về năng lực, thái độ của công chức", "4", S, False, None, "Do Bộ Nội vụ chấm qua điều tra xã hội học")]),
 ]),
 ("Cải cách tài chính công", [
   ("Quản lý, sử dụng ngân sách nhà nước", [
     ("Tỷ lệ giải ngân kế hoạch vốn đầu tư công", "2", P, False, "Báo cáo giải ngân vốn đầu tư công", "Điểm = tỷ lệ % giải ngân × 2"),
     ("Thực hiện công khai ngân sách nhà nước", "1.5", B, False, "Quyết định công bố công khai ngân sách", "Đầy đủ, đúng hạn: 1,5 điểm")]),
   ("Cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập", [
     ("Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập", "2", P, False, "Quyết định giao tự chủ", "Điểm = tỷ lệ % đơn vị được giao × 2")]),
   ("Quản lý, sử dụng tài sản công", [
     ("Ban hành và thực hiện quy định về quản lý tài sản công", "1.5", B, False, "Quyết định ban hành quy định", "Có, đúng quy định: 1,5 điểm")]),
   ("Đánh giá qua điều tra xã hội học về tài chính công", [
     ("Đánh giá về công khai, minh bạch tài chính công", "2", S, False, None, "Do Bộ Nội vụ chấm qua điều tra xã hội học")]),
 ]),
 ("Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", [
   ("Phát triển nền tảng, hạ tầng số", [
     ("Triển khai nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)", "1.5", B, False, "Quyết định, báo cáo vận hành LGSP", "Vận hành, kết nối đầy đủ: 1,5 điểm"),
     ("Bảo đảm an toàn thông tin hệ thống thông tin theo cấp độ", "1.5", P, False, "Hồ sơ phê duyệt cấp độ an toàn thông tin", "Điểm = tỷ lệ % hệ thống được phê duyệt × 1,5")]),
   ("Phát triển cơ sở dữ liệu", [
     ("Xây dựng cơ sở dữ liệu chuyên ngành của tỉnh", "1.5", G, False, "Danh mục cơ sở dữ liệu, quyết định phê duyệt", "Hoàn thành: 1,5 điểm; một phần: 0,75 điểm"),
     ("Công bố danh mục dữ liệu mở", "1", B, True, "Quyết định công bố dữ liệu mở", "Có: 1 điểm; không: 0 điểm")]),
   ("Phát triển ứng dụng, dịch vụ phục vụ người dân, doanh nghiệp", [
     ("Tỷ lệ dịch vụ công trực tuyến toàn trình", "1.5", P, False, "Danh mục dịch vụ công trực tuyến", "Điểm = tỷ lệ % × 1,5"),
     ("Tỷ lệ hồ sơ TTHC nộp trực tuyến", "1", P, False, "Số liệu Cổng dịch vụ công", "Điểm = tỷ lệ % × 1"),
     ("Thiết lập, vận hành Hệ thống thông tin giải quyết thủ tục hành chính", "1", B, False, "Quyết định, báo cáo vận hành hệ thống", "Vận hành đúng quy định: 1 điểm"),
     ("Số hóa hồ sơ, kết quả giải quyết TTHC", "1", P, False, "Số liệu số hóa trên hệ thống", "Điểm = tỷ lệ % × 1"),
     ("Cung cấp thông tin trên Cổng dịch vụ công của tỉnh", "0.5", B, False, "Ảnh chụp, đường dẫn Cổng dịch vụ công", "Đầy đủ: 0,5 điểm"),
     ("Tích hợp dịch vụ công trực tuyến lên Cổng Dịch vụ công quốc gia", "0.5", P, False, "Số liệu tích hợp", "Điểm = tỷ lệ % × 0,5"),
     ("Thực hiện thanh toán trực tuyến", "1", P, False, "Số liệu thanh toán trực tuyến", "Điểm = tỷ lệ % hồ sơ có thanh toán trực tuyến × 1")]),
   ("Phát triển ứng dụng, dịch vụ trong nội bộ cơ quan nhà nước", [
     ("Gửi, nhận văn bản điện tử có ký số", "1", P, False, "Số liệu Hệ thống quản lý văn bản", "Điểm = tỷ lệ % × 1"),
     ("Hệ thống thông tin báo cáo của tỉnh kết nối Hệ thống báo cáo Chính phủ", "1", B, False, "Báo cáo kết nối", "Kết nối đầy đủ: 1 điểm")]),
   ("Đánh giá qua điều tra xã hội học về chính quyền số", [
     ("Đánh giá về tiện ích của dịch vụ công trực tuyến", "2", S, False, None, "Do Bộ Nội vụ chấm qua điều tra xã hội học")]),
 ]),
 ("Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội của tỉnh", [
   ("Tác động đến người dân, tổ chức", [
     ("Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)", "7", S, False, None, "Do Bộ Nội vụ chấm qua điều tra SIPAS"),
     ("Mức độ hài lòng về giải quyết thủ tục hành chính", "6", S, False, None, "Do Bộ Nội vụ chấm qua điều tra xã hội học")]),
   ("Tác động đến phát triển kinh tế - xã hội", [
     ("Thực hiện thu ngân sách nhà nước hằng năm", "1", G, False, "Báo cáo thu ngân sách nhà nước", "Đạt dự toán: 1 điểm; dưới dự toán: 0,5 điểm"),
     ("Mức độ thu hút đầu tư", "0.75", P, False, "Báo cáo thu hút đầu tư", "Điểm theo mức tăng vốn đăng ký so với năm trước"),
     ("Mức độ phát triển doanh nghiệp", "0.75", P, False, "Báo cáo phát triển doanh nghiệp", "Điểm theo số doanh nghiệp thành lập mới"),
     ("Thực hiện các chỉ tiêu phát triển kinh tế - xã hội do HĐND tỉnh giao", "1", P, False, "Báo cáo kinh tế - xã hội năm", "Điểm = tỷ lệ % chỉ tiêu đạt × 1")]),
 ]),
]

def q(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"') + '"'

lines = ['# Bộ tiêu chí theo Quyết định 876/QĐ-BNV (cấp tỉnh) — BẢN MẪU (sample).',
         '# Known and kept exactly: the 8 field names, field maxima 3 = 13, 4 = 10.5, 5 = 15, 8 = 16.5, total 100,',
         '# survey share 32 (research note §1.1), and the items the seeds name (1.6, 1.7, 7.3.3, 7.3.7, the field-8',
         '# budget revenue / investment / enterprise / socio-economic targets items, SIPAS). Everything else (maxima of',
         '# fields 1, 2, 6, 7, the other criteria, their points and guidance) is a SAMPLE to be replaced by Bảng 2 of',
         '# 876/QĐ-BNV. Generated once by tools/data/gen_reference_data.py (which checks the sums); edit this file now.',
         'code: "876-2022"', 'name: Bộ chỉ số đánh giá Chỉ số cải cách hành chính cấp tỉnh',
         'decision: Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ trưởng Bộ Nội vụ', 'sample: true',
         'sampleNote: "Bản mẫu: tên 8 lĩnh vực, điểm tối đa các lĩnh vực 3, 4, 5, 8, tổng 100 điểm (32 điểm điều tra xã hội học) và các tiêu chí 1.6, 1.7, 7.3.3, 7.3.7, thu ngân sách, thu hút đầu tư, phát triển doanh nghiệp, chỉ tiêu kinh tế - xã hội là theo tài liệu; các tiêu chí, điểm số còn lại là mẫu, cần thay bằng Bảng 2 Quyết định 876/QĐ-BNV."',
         'totalPoints: 100', 'surveyPoints: 32', 'items:']
total = D(0); survey = D(0); counts = [0, 0]
for f, (fname, criteria) in enumerate(SET, 1):
    fmax = sum(D(l[1]) for _, leaves in criteria for l in leaves)
    total += fmax
    lines += [f'  - code: "{f}"', f'    name: {q(fname)}', f'    maxPoints: {fmax}', '    children:']
    for c, (cname, leaves) in enumerate(criteria, 1):
        counts[0] += 1
        cmax = sum(D(l[1]) for l in leaves)
        lines += [f'      - code: "{f}.{c}"', f'        name: {q(cname)}', f'        maxPoints: {cmax}', '        children:']
        for s, (lname, mx, method, na, ev, guide) in enumerate(leaves, 1):
            counts[1] += 1
            if method == S:
                survey += D(mx)
            lines += [f'          - code: "{f}.{c}.{s}"', f'            name: {q(lname)}', f'            maxPoints: {mx}',
                      f'            scoringMethod: {method}', f'            selfScored: {"false" if method == S else "true"}',
                      f'            naAllowed: {"true" if na else "false"}']
            if ev:
                lines.append(f'            evidence: {q(ev)}')
            lines.append(f'            guidance: {q(guide)}')
assert total == 100, total
assert survey == 32, survey
open("data/criteria-sets/876-2022.yaml", "w", encoding="utf-8").write("\n".join(lines) + "\n")
print("fields 8, criteria", counts[0], "sub-criteria", counts[1], "total", total, "survey", survey)
