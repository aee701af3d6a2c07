import type { ErrorCode } from './app-error';

/** What a client is told about one `extensions.code`: docs/api/errors.md is generated from this. */
export interface ErrorCodeGuide {
  /** The HTTP status of a response whose only error has this code (GraphQL errors inside a 200 otherwise). */
  httpStatus: string;
  meaning: string;
  /** What the person using the front end should do. */
  whatToDo: string;
  /** The same two sentences in Vietnamese. */
  vi: { meaning: string; whatToDo: string };
  /** Other `extensions` keys that come with this code. */
  extensions: string;
}

/**
 * Every code a client can meet: the AppError codes (a new one fails to compile until it is
 * described here) and INTERNAL_SERVER_ERROR, which the error formatter gives anything
 * unexpected.
 */
export const ERROR_CODE_GUIDE: Readonly<Record<ErrorCode | 'INTERNAL_SERVER_ERROR', ErrorCodeGuide>> = {
  BAD_USER_INPUT: {
    httpStatus: '200 (400 when the request itself is refused: parse, validation, a variable of the wrong type, a query limit)',
    meaning: 'The request or one of its values is not valid; nothing was changed.',
    whatToDo: 'Show each entry of `problems` next to its field and let the user correct it; a `reason` (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, …) means the front end sent a wrong operation.',
    vi: {
      meaning: 'Yêu cầu hoặc một giá trị nhập không hợp lệ; chưa có gì bị thay đổi.',
      whatToDo: 'Hiển thị từng mục của `problems` cạnh trường tương ứng để người dùng sửa lại.',
    },
    extensions: '`problems: [{ field, message }]` (every bad field at once), `reason` for a refused request, `limit` for a query or export limit',
  },
  UNAUTHENTICATED: {
    httpStatus: '401 for a malformed, forged or expired token; 200 for a field that needs a signed-in user',
    meaning: 'The request carries no valid token.',
    whatToDo: 'Sign the user in again (get a new token) and repeat the request.',
    vi: { meaning: 'Yêu cầu không có mã xác thực hợp lệ.', whatToDo: 'Đăng nhập lại để lấy mã mới rồi gửi lại yêu cầu.' },
    extensions: '—',
  },
  FORBIDDEN: {
    httpStatus: '200 (403 for an export)',
    meaning: 'The signed-in role may not do this, or not in this part of the ward.',
    whatToDo: 'Hide the action for this role; the message names who may do it.',
    vi: { meaning: 'Vai trò đang đăng nhập không được làm việc này, hoặc không được làm ở phạm vi này.', whatToDo: 'Ẩn thao tác đối với vai trò này; thông báo nêu ai được làm.' },
    extensions: '—',
  },
  NOT_FOUND: {
    httpStatus: '200 (404 for an export)',
    meaning: 'The record does not exist, or the caller may not see it (the two are not told apart).',
    whatToDo: 'Refresh the list the id came from; the record may have been removed or moved out of the user’s scope.',
    vi: { meaning: 'Bản ghi không tồn tại, hoặc người gọi không được xem.', whatToDo: 'Tải lại danh sách chứa mã định danh đó; bản ghi có thể đã bị xóa hoặc ra ngoài phạm vi của người dùng.' },
    extensions: '`details.id`',
  },
  CONFLICT: {
    httpStatus: '200',
    meaning: 'The change clashes with the current state (someone else changed it first, or it already exists).',
    whatToDo: 'Reload the record, show the user its current state, and let them decide again.',
    vi: { meaning: 'Thay đổi xung đột với trạng thái hiện tại (người khác đã sửa trước, hoặc đã tồn tại).', whatToDo: 'Tải lại bản ghi, cho người dùng xem trạng thái hiện tại và quyết định lại.' },
    extensions: '`details` (ids, versions)',
  },
  RULE_VIOLATION: {
    httpStatus: '200',
    meaning: 'A rule of the Party Charter, its regulations or the ward’s plan forbids this; nothing was changed.',
    whatToDo: 'Show the message (it says what is wrong in this case and what to do) or the rule’s own text from `labels(locale)`; the rules are listed below.',
    vi: { meaning: 'Một quy định của Điều lệ Đảng, văn bản hướng dẫn hoặc kế hoạch của phường không cho phép việc này; chưa có gì bị thay đổi.', whatToDo: 'Hiển thị thông báo (nêu sai ở đâu và cần làm gì) hoặc nội dung quy định lấy từ `labels(locale)`.' },
    extensions: '`rule` (a rule id below), `details` (numbers, ids; never personal data)',
  },
  RATE_LIMITED: {
    httpStatus: '429, with `Retry-After`',
    meaning: 'Too many requests without a token from one address.',
    whatToDo: 'Wait the seconds `Retry-After` gives, or sign in: signed-in users are not limited.',
    vi: { meaning: 'Quá nhiều yêu cầu không có mã xác thực từ một địa chỉ.', whatToDo: 'Chờ số giây trong `Retry-After`, hoặc đăng nhập.' },
    extensions: '—',
  },
  SERVICE_UNAVAILABLE: {
    httpStatus: '200 (503 for an export, and from `/readyz`)',
    meaning: 'A service the request needs cannot reach its database right now (a restart, a network fault).',
    whatToDo: 'Tell the user to try again in a moment; repeat a read automatically after a short wait; before repeating a change, read again whether it was made (a connection lost at the commit leaves it unknown). It is not a bug in the front end.',
    vi: {
      meaning: 'Một dịch vụ tạm thời không kết nối được cơ sở dữ liệu.',
      whatToDo: 'Báo người dùng thử lại sau ít phút; trước khi gửi lại một thay đổi, hãy kiểm tra xem nó đã được ghi chưa.',
    },
    extensions: '`reference` (quote it to the operator: the service logs the cause under it)',
  },
  INTERNAL_SERVER_ERROR: {
    httpStatus: '200 for one field, 500 when the whole request failed',
    meaning: 'Something unexpected went wrong on the server; it is logged with its cause.',
    whatToDo: 'Tell the user it failed and to try again later; quote `reference` when reporting it.',
    vi: { meaning: 'Có lỗi ngoài dự kiến ở máy chủ; lỗi đã được ghi lại.', whatToDo: 'Báo người dùng thao tác chưa thực hiện được, thử lại sau; khi báo lỗi hãy gửi kèm mã `reference`.' },
    extensions: '`reference` (the request id)',
  },
};
