import { Component } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { toast } from 'react-toastify/unstyled';

/**
 * Keeps one broken widget from blanking the dashboard: the others keep updating while this
 * one shows what failed and offers to try again.
 */
export class ErrorBoundary extends Component {
  constructor(props) {
    super(props);
    this.state = { error: null };
    this.reset = this.reset.bind(this);
  }

  static getDerivedStateFromError(error) {
    return { error };
  }

  componentDidCatch(error) {
    toast.error(`${this.props.name}: ${error.message}`, { toastId: `crash:${this.props.name}` });
  }

  reset() {
    this.setState({ error: null });
  }

  render() {
    if (this.state.error) {
      return (
        <Alert variant="danger" className="mb-0" data-testid="error-boundary">
          <p className="mb-2">
            <strong>{this.props.name}</strong> could not be shown: {this.state.error.message}
          </p>
          <Button size="sm" variant="outline-danger" onClick={this.reset}>
            Try again
          </Button>
        </Alert>
      );
    }
    return this.props.children;
  }
}
